import { DeleteItemCommand, PutItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { StoreIntegrityError, type VersionRecord } from "../port";
import { fromChunks } from "./chunks";
import { type DynamoContext, queryAll } from "./context";
import { chunkPk, chunkSk, versionSk, workbookPk } from "./items";
import { TABLE_SCHEMA } from "./table";

const CHUNK_WRITE_CONCURRENCY = 8;

export async function readChunks(ctx: DynamoContext, record: VersionRecord): Promise<Uint8Array> {
  if (record.layout.kind !== "chunked") throw new Error("not a chunked version");
  const { uploadId, chunkCount } = record.layout;
  const items = await queryAll(ctx, "read chunks", {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": { S: chunkPk(uploadId) } },
    ConsistentRead: true,
  });
  if (items.length !== chunkCount) {
    throw new StoreIntegrityError(
      `version ${record.version} of ${record.team}/${record.workbook} has ${items.length} of ${chunkCount} chunks`,
    );
  }
  const chunks = items.map((item) => {
    const data = item.data;
    if (data && "B" in data && data.B instanceof Uint8Array) return data.B;
    throw new StoreIntegrityError("chunk without data");
  });
  try {
    return await fromChunks(chunks);
  } catch (error) {
    throw new StoreIntegrityError(`version ${record.version} of ${record.team}/${record.workbook} does not decompress`, {
      cause: error,
    });
  }
}

/** Finishes a commit: removes the TTL from the version's chunks, then the head's `unpinned` flag. */
export async function pin(ctx: DynamoContext, record: VersionRecord): Promise<void> {
  if (record.layout.kind !== "chunked") return;
  const { uploadId, chunkCount } = record.layout;
  const indexes = Array.from({ length: chunkCount }, (_, i) => i);
  await Promise.all(
    indexes.map((i) =>
      ctx.send("pin chunk", 
          new UpdateItemCommand({
            TableName: ctx.tableName,
            Key: { pk: { S: chunkPk(uploadId) }, sk: { S: chunkSk(i) } },
            UpdateExpression: "REMOVE #ttl",
            ExpressionAttributeNames: { "#ttl": TABLE_SCHEMA.ttlAttribute },
          }),
        ),
    ),
  );
  await ctx.send("pin head", 
      new UpdateItemCommand({
        TableName: ctx.tableName,
        Key: { pk: { S: workbookPk(record) }, sk: { S: versionSk(record.version) } },
        UpdateExpression: "REMOVE unpinned",
        ConditionExpression: "attribute_exists(pk)",
      }),
    );
}

/** Puts the chunks under an upload id, each with a TTL so that orphans expire. */
export async function writeChunks(
  ctx: DynamoContext,
  orphanTtlSeconds: number,
  uploadId: string,
  chunks: readonly Uint8Array[],
): Promise<void> {
  const expiresAt = Math.floor(ctx.now() / 1000) + orphanTtlSeconds;
  let next = 0;
  async function worker(): Promise<void> {
    while (next < chunks.length) {
      const index = next++;
      const data = chunks[index];
      if (!data) continue;
      await ctx.send("write chunk", 
          new PutItemCommand({
            TableName: ctx.tableName,
            Item: {
              pk: { S: chunkPk(uploadId) },
              sk: { S: chunkSk(index) },
              type: { S: "chunk" },
              data: { B: data },
              [TABLE_SCHEMA.ttlAttribute]: { N: String(expiresAt) },
            },
          }),
        );
    }
  }
  await Promise.all(Array.from({ length: Math.min(CHUNK_WRITE_CONCURRENCY, chunks.length) }, worker));
}

/** Best effort: what this misses, the TTL removes. */
export async function deleteChunks(ctx: DynamoContext, uploadId: string, count: number): Promise<void> {
  await Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      ctx.send("delete chunk", new DeleteItemCommand({ TableName: ctx.tableName, Key: { pk: { S: chunkPk(uploadId) }, sk: { S: chunkSk(i) } } })),
    ),
  );
}
