import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHUNK_BYTES } from "../../../api/store/dynamo";
import { largeSnapshot } from "../fixtures/large-snapshot";
import { call, startTestApi, type TestApi } from "../support/http-api";

let api: TestApi;
let editor: string;

beforeAll(async () => {
  // Default storage thresholds: inline up to 350 KB, 350 KB chunks.
  api = await startTestApi();
  editor = await api.key("team-editor", { teams: ["big"] });
});
afterAll(async () => {
  await api.close();
});

describe("a 5,000-risk snapshot", () => {
  it("round-trips byte-identical through compression and chunking", async () => {
    // Pretty-printed with a trailing newline: the bytes, not just the JSON value, must survive.
    const text = `${JSON.stringify(largeSnapshot(5000, "big", "register"), null, 1)}\n`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(3 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(10 * 1024 * 1024);

    const push = await call(api.origin, "POST", "/v1/teams/big/workbooks/register/versions", {
      key: editor,
      body: bytes,
      headers: { "content-type": "application/json" },
    });
    expect(push.status).toBe(201);
    const summary = (await push.json()) as { size: number; compressed: boolean; storedBytes: number; recordCounts: Record<string, number> };
    expect(summary).toMatchObject({ size: bytes.length, compressed: true, recordCounts: { risks: 5000, aiSystems: 200, soa: 38 } });

    const record = await api.store.getVersion({ org: "acme", team: "big", workbook: "register" }, 1);
    expect(record?.layout.kind).toBe("chunked");
    const chunks = record?.layout.kind === "chunked" ? record.layout.chunkCount : 0;
    expect(chunks).toBeGreaterThan(1);
    expect(summary.storedBytes).toBeGreaterThan(DEFAULT_CHUNK_BYTES);

    const get = await call(api.origin, "GET", "/v1/teams/big/workbooks/register/versions/1", { key: editor });
    expect(get.status).toBe(200);
    const returned = new Uint8Array(await get.arrayBuffer());
    expect(returned.length).toBe(bytes.length);
    expect(Buffer.compare(Buffer.from(returned), Buffer.from(bytes))).toBe(0);
  });
});
