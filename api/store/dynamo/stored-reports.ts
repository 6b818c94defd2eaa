import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import type { Store, StoredReport } from "../port";
import { type BatchGetIo, batchGetAll, primaryKeyString } from "./batch-get";
import { sha256Hex } from "./chunks";
import { type DynamoContext, getItem } from "./context";
import { type Item, type StoredReportMeta, storedReportItem, storedReportOfItem, storedReportPk, storedReportSk } from "./items";

export interface StoredReportIo extends BatchGetIo {
  readonly ctx: DynamoContext;
  /** Parts of this size at most (an item holds at most 400 KB). */
  readonly partBytes: number;
}

const sameWrite = (a: StoredReportMeta, b: StoredReportMeta): boolean =>
  a.hash === b.hash && a.sha256 === b.sha256 && a.size === b.size && a.parts === b.parts;

/**
 * Stored reports in DynamoDB: part 0 under `RPT#org` / `R#key` (one GetItem finds a report), the
 * rest in one batched read. Every part carries the whole body's size and SHA-256, and each
 * expires by TTL; a report is answered only whole, unexpired and matching its checksum.
 */
export function dynamoStoredReports(io: StoredReportIo): Pick<Store, "getStoredReport" | "putStoredReport"> {
  const { ctx } = io;
  return {
    async getStoredReport(org, key) {
      const first = await getItem(ctx, "read stored report", storedReportPk(org), storedReportSk(key), storedReportOfItem);
      if (!first || first.meta.expiresAt * 1000 <= ctx.now()) return undefined;
      const { meta } = first;
      const bodies = [first.body];
      if (meta.parts > 1) {
        const keys: Item[] = Array.from({ length: meta.parts - 1 }, (_, i) => ({ pk: { S: storedReportPk(org) }, sk: { S: storedReportSk(key, i + 1) } }));
        const found = new Map((await batchGetAll(io, "read stored report parts", keys)).map((item) => [primaryKeyString(item), item]));
        for (const partKey of keys) {
          const item = found.get(primaryKeyString(partKey));
          const part = item && storedReportOfItem(item);
          if (!part || !sameWrite(part.meta, meta)) return undefined;
          bodies.push(part.body);
        }
      }
      const gzipped = bodies.length === 1 ? bodies[0]! : Buffer.concat(bodies);
      if (gzipped.byteLength !== meta.size || sha256Hex(gzipped) !== meta.sha256) return undefined;
      return { gzipped, hash: meta.hash, teams: meta.teams, jsonLength: meta.jsonLength };
    },

    async putStoredReport(org, key, report: StoredReport, ttlSeconds) {
      const { gzipped } = report;
      const parts = Math.max(1, Math.ceil(gzipped.byteLength / io.partBytes));
      const meta: StoredReportMeta = {
        hash: report.hash,
        teams: report.teams,
        jsonLength: report.jsonLength,
        parts,
        size: gzipped.byteLength,
        sha256: sha256Hex(gzipped),
        expiresAt: Math.floor(ctx.now() / 1000) + ttlSeconds,
      };
      const put = (index: number) =>
        ctx.send(
          "store report",
          new PutItemCommand({ TableName: ctx.tableName, Item: storedReportItem(org, key, index, meta, gzipped.subarray(index * io.partBytes, (index + 1) * io.partBytes)) }),
        );
      // The further parts first: part 0 is what makes the report visible.
      await Promise.all(Array.from({ length: parts - 1 }, (_, i) => put(i + 1)));
      await put(0);
    },
  };
}
