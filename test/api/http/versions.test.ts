import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffResponseSchema, versionListSchema, versionSummarySchema } from "../../../shared/api/version";
import { call, expectProblem, snapshot, startTestApi, type TestApi } from "../support/http-api";

let api: TestApi;
let editor: string;
const path = "/v1/teams/claims/workbooks/register";

beforeAll(async () => {
  api = await startTestApi();
  editor = await api.key("team-editor", { teams: ["claims"], name: "Claims editor" });
});
afterAll(async () => {
  await api.close();
});

describe("versions over HTTP", () => {
  it("pushes a first version without If-Match and returns 201 with ETag and Location", async () => {
    const response = await call(api.origin, "POST", `${path}/versions`, { key: editor, json: snapshot("claims", "register", 2) });
    expect(response.status).toBe(201);
    expect(response.headers.get("etag")).toBe('"v1"');
    expect(response.headers.get("location")).toBe(`${path}/versions/1`);
    const body = versionSummarySchema.parse(await response.json());
    expect(body).toMatchObject({
      team: "claims",
      workbook: "register",
      version: 1,
      baseVersion: null,
      author: { name: "Claims editor" },
      recordCounts: { risks: 2 },
      compressed: false,
    });
  });

  it("pushes the next version with If-Match naming the current one", async () => {
    const response = await call(api.origin, "POST", `${path}/versions`, {
      key: editor,
      json: snapshot("claims", "register", 3),
      headers: { "if-match": '"v1"' },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ version: 2, baseVersion: 1, recordCounts: { risks: 3 } });
  });

  it("answers 428 with the current version when If-Match is missing on an existing workbook", async () => {
    const problem = await expectProblem(await call(api.origin, "POST", `${path}/versions`, { key: editor, json: snapshot("claims", "register") }), 428);
    expect(problem).toMatchObject({ type: "/docs#problem-precondition-required", currentVersion: 2 });
  });

  it("answers 409 with the current version when If-Match names an older version", async () => {
    const response = await call(api.origin, "POST", `${path}/versions`, {
      key: editor,
      json: snapshot("claims", "register"),
      headers: { "if-match": '"v1"' },
    });
    const problem = await expectProblem(response, 409);
    expect(problem.currentVersion).toBe(2);
    expect(versionSummarySchema.parse(problem.current).version).toBe(2);
  });

  it("lists versions newest first with author, time, size and record counts", async () => {
    const response = await call(api.origin, "GET", `${path}/versions`, { key: editor });
    expect(response.status).toBe(200);
    const list = versionListSchema.parse(await response.json());
    expect(list.items.map((v) => v.version)).toEqual([2, 1]);
    expect(list.nextCursor).toBeNull();
    const [newest] = list.items;
    expect(newest?.author.name).toBe("Claims editor");
    expect(newest?.size).toBe(Buffer.byteLength(JSON.stringify(snapshot("claims", "register", 3))));
    expect(Date.parse(newest?.createdAt ?? "")).not.toBeNaN();
  });

  it("pages through versions with a cursor", async () => {
    const first = versionListSchema.parse(await (await call(api.origin, "GET", `${path}/versions?limit=1`, { key: editor })).json());
    expect(first.items.map((v) => v.version)).toEqual([2]);
    expect(first.nextCursor).not.toBeNull();
    const second = versionListSchema.parse(
      await (await call(api.origin, "GET", `${path}/versions?limit=1&cursor=${first.nextCursor}`, { key: editor })).json(),
    );
    expect(second.items.map((v) => v.version)).toEqual([1]);
    expect(second.nextCursor).toBeNull();
  });

  it("gets one version's snapshot exactly as pushed, with its ETag", async () => {
    const response = await call(api.origin, "GET", `${path}/versions/1`, { key: editor });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"v1"');
    expect(response.headers.get("crosswalk-version")).toBe("1");
    expect(await response.text()).toBe(JSON.stringify(snapshot("claims", "register", 2)));
  });

  it("gets the latest version with Content-Location naming its number", async () => {
    const response = await call(api.origin, "GET", `${path}/versions/latest`, { key: editor });
    expect(response.headers.get("etag")).toBe('"v2"');
    expect(response.headers.get("content-location")).toBe(`${path}/versions/2`);
    expect(await response.json()).toEqual(snapshot("claims", "register", 3));
  });

  it("answers 304 to If-None-Match with the current ETag, and 200 once it is stale", async () => {
    const fresh = await call(api.origin, "GET", `${path}/versions/latest`, { key: editor, headers: { "if-none-match": '"v2"' } });
    expect(fresh.status).toBe(304);
    expect(fresh.headers.get("etag")).toBe('"v2"');
    expect(await fresh.text()).toBe("");
    const weak = await call(api.origin, "GET", `${path}/versions/2`, { key: editor, headers: { "if-none-match": 'W/"v2"' } });
    expect(weak.status).toBe(304);
    const stale = await call(api.origin, "GET", `${path}/versions/latest`, { key: editor, headers: { "if-none-match": '"v1"' } });
    expect(stale.status).toBe(200);
  });

  it("diffs two versions: records added, removed and modified by id with the changed fields", async () => {
    const before = snapshot("claims", "diffme", 0, { risks: [{ id: "A", title: "a", owner: "Ana" }, { id: "B", title: "b" }] });
    const after = snapshot("claims", "diffme", 0, { risks: [{ id: "A", title: "a", owner: "Ben" }, { id: "C", title: "c" }] });
    const wb = "/v1/teams/claims/workbooks/diffme";
    expect((await call(api.origin, "POST", `${wb}/versions`, { key: editor, json: before })).status).toBe(201);
    expect((await call(api.origin, "POST", `${wb}/versions`, { key: editor, json: after, headers: { "if-match": '"v1"' } })).status).toBe(201);
    const response = await call(api.origin, "GET", `${wb}/diff?from=1&to=2`, { key: editor });
    expect(response.status).toBe(200);
    const diff = diffResponseSchema.parse(await response.json());
    expect(diff.from.version).toBe(1);
    expect(diff.to.version).toBe(2);
    expect(diff.changes.collections.risks).toEqual({
      added: [{ id: "C", record: { id: "C", title: "c" } }],
      removed: [{ id: "B", record: { id: "B", title: "b" } }],
      modified: [{ id: "A", changes: [{ field: "owner", before: "Ana", after: "Ben" }] }],
    });
    expect(diff.changes.totals).toEqual({ added: 1, removed: 1, modified: 1 });
    expect(diff.changes.collections.soa).toEqual({ added: [], removed: [], modified: [] });
    const defaulted = diffResponseSchema.parse(await (await call(api.origin, "GET", `${wb}/diff?from=1`, { key: editor })).json());
    expect(defaulted.to.version).toBe(2);
  });

  it("answers 404 for a version or workbook that does not exist", async () => {
    await expectProblem(await call(api.origin, "GET", `${path}/versions/99`, { key: editor }), 404);
    await expectProblem(await call(api.origin, "GET", "/v1/teams/claims/workbooks/none/versions/latest", { key: editor }), 404);
    await expectProblem(await call(api.origin, "GET", "/v1/teams/claims/workbooks/none/versions", { key: editor }), 404);
    await expectProblem(await call(api.origin, "GET", `${path}/diff?from=1&to=99`, { key: editor }), 404);
  });

  it("answers 409 with currentVersion null when If-Match names a version of a workbook that has none", async () => {
    const problem = await expectProblem(
      await call(api.origin, "POST", "/v1/teams/claims/workbooks/fresh/versions", {
        key: editor,
        json: snapshot("claims", "fresh"),
        headers: { "if-match": '"v4"' },
      }),
      409,
    );
    expect(problem.currentVersion).toBeNull();
  });

  it("rejects a snapshot that fails validation with 422 and the paths of the bad fields", async () => {
    const bad = snapshot("claims", "bad", 0, { risks: [{ id: "R-1", dueDate: "next week" }, { title: "no id" }] });
    const problem = await expectProblem(
      await call(api.origin, "POST", "/v1/teams/claims/workbooks/bad/versions", { key: editor, json: bad }),
      422,
    );
    const pointers = (problem.errors as Array<{ pointer: string }>).map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/risks/0/dueDate", "/risks/1/id"]));
    const old = await call(api.origin, "POST", "/v1/teams/claims/workbooks/bad/versions", {
      key: editor,
      json: { ...snapshot("claims", "bad"), schemaVersion: 0 },
    });
    expect((await expectProblem(old, 422)).errors).toEqual([expect.objectContaining({ pointer: "/schemaVersion" })]);
  });

  it("refuses a snapshot pushed under another team's or workbook's name", async () => {
    const problem = await expectProblem(
      await call(api.origin, "POST", "/v1/teams/claims/workbooks/mine/versions", { key: editor, json: snapshot("other-team", "theirs") }),
      422,
    );
    const pointers = (problem.errors as Array<{ pointer: string }>).map((e) => e.pointer);
    expect(pointers).toEqual(["/workbook/team", "/workbook/name"]);
  });

  it("finds the latest version as of an instant", async () => {
    const wb = "/v1/teams/claims/workbooks/asof";
    await call(api.origin, "POST", `${wb}/versions`, { key: editor, json: snapshot("claims", "asof") });
    const between = new Date().toISOString();
    // The next push must be created after `between`: wait until the clock has moved past it.
    while (Date.now() <= Date.parse(between)) await new Promise((r) => setTimeout(r, 1));
    await call(api.origin, "POST", `${wb}/versions`, { key: editor, json: snapshot("claims", "register", 2), headers: { "if-match": '"v1"' } });
    const response = await call(api.origin, "GET", `${wb}/versions/latest?asOf=${encodeURIComponent(between)}`, { key: editor });
    expect(response.headers.get("crosswalk-version")).toBe("1");
    await expectProblem(await call(api.origin, "GET", `${wb}/versions/latest?asOf=2000-01-01T00:00:00Z`, { key: editor }), 404);
  });

  it("lists the workbooks a key can see, each with its newest version", async () => {
    const response = await call(api.origin, "GET", "/v1/workbooks?team=claims", { key: editor });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: Array<{ workbook: string; latest: { version: number } | null }> };
    const register = body.items.find((w) => w.workbook === "register");
    expect(register?.latest?.version).toBe(2);
  });
});
