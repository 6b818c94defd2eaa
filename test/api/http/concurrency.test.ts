import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { versionListSchema } from "../../../shared/api/version";
import { call, expectProblem, snapshot, startTestApi, type TestApi } from "../support/http-api";

let api: TestApi;
let editor: string;

beforeAll(async () => {
  api = await startTestApi();
  editor = await api.key("team-editor", { teams: ["race"] });
});
afterAll(async () => {
  await api.close();
});

function pushBody(workbook: string, client: number, attempt = 0): Record<string, unknown> {
  return snapshot("race", workbook, 0, { risks: [{ id: `R-${client}`, title: `client ${client}, attempt ${attempt}` }] });
}

async function allVersions(path: string) {
  const response = await call(api.origin, "GET", `${path}/versions?limit=100`, { key: editor });
  return versionListSchema.parse(await response.json()).items;
}

describe("concurrent pushes from the same base", () => {
  it("let exactly one of 50 win; the other 49 get 409 naming the winner", async () => {
    const path = "/v1/teams/race/workbooks/once";
    expect((await call(api.origin, "POST", `${path}/versions`, { key: editor, json: pushBody("once", 0) })).status).toBe(201);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(api.origin, "POST", `${path}/versions`, { key: editor, json: pushBody("once", i + 1), headers: { "if-match": '"v1"' } }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const response of responses.filter((r) => r.status === 409)) {
      expect((await expectProblem(response, 409)).currentVersion).toBe(2);
    }
    const winner = responses.findIndex((r) => r.status === 201) + 1;
    const versions = await allVersions(path);
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    const stored = await call(api.origin, "GET", `${path}/versions/2`, { key: editor });
    expect(await stored.json()).toEqual(pushBody("once", winner));
  });

  it("with all 50 re-basing on 409 and retrying: one winner per version, no gaps, no snapshot lost", { timeout: 90_000 }, async () => {
    const path = "/v1/teams/race/workbooks/retry";
    expect((await call(api.origin, "POST", `${path}/versions`, { key: editor, json: pushBody("retry", 0) })).status).toBe(201);
    const clients = 50;
    let conflicts = 0;
    const won = await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        const client = i + 1;
        let base = 1;
        for (let attempt = 0; attempt < 500; attempt++) {
          const response = await call(api.origin, "POST", `${path}/versions`, {
            key: editor,
            json: pushBody("retry", client, attempt),
            headers: { "if-match": `"v${base}"` },
          });
          if (response.status === 201) return ((await response.json()) as { version: number }).version;
          const problem = await expectProblem(response, 409);
          conflicts++;
          base = problem.currentVersion as number;
        }
        throw new Error(`client ${client} never got through`);
      }),
    );
    // Every client won exactly one distinct version number, and they fill 2..51.
    expect([...won].sort((a, b) => a - b)).toEqual(Array.from({ length: clients }, (_, i) => i + 2));
    expect(conflicts).toBeGreaterThan(0);
    const versions = await allVersions(path);
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: clients + 1 }, (_, i) => clients + 1 - i));
    for (const v of versions) expect(v.baseVersion).toBe(v.version === 1 ? null : v.version - 1);
    // Each client's snapshot is stored once, under the version it was told it won.
    for (const [i, version] of won.entries()) {
      const body = (await (await call(api.origin, "GET", `${path}/versions/${version}`, { key: editor })).json()) as {
        risks: Array<{ id: string }>;
      };
      expect(body.risks[0]?.id).toBe(`R-${i + 1}`);
    }
  });
});
