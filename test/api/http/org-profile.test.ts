import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgProfileDocumentSchema } from "../../../shared/api/org-profile";
import { call, expectProblem, startTestApi, type TestApi } from "../support/http-api";

let api: TestApi;
let admin: string;
const PATH = "/v1/org/profile";
const PROFILE = { name: "Acme Lending", customerMix: "international-commercial", size: "small", auditBandwidth: "low" };

beforeAll(async () => {
  api = await startTestApi({ app: { clock: () => new Date("2026-03-01T10:00:00.000Z") } });
  admin = await api.key("org-admin", { name: "Admin" });
});
afterAll(async () => {
  await api.close();
});

describe("the org profile", () => {
  it("is 404 until it is set, for every role", async () => {
    for (const key of [admin, await api.key("team-reader", { teams: ["t"] })]) {
      const problem = await expectProblem(await call(api.origin, "GET", PATH, { key }), 404);
      expect(problem.detail).toContain("PUT /v1/org/profile");
    }
  });

  it("is set by an org-admin, defaults filled in, and read back by any key of the org exactly as PUT accepts it", async () => {
    const put = await call(api.origin, "PUT", PATH, { key: admin, json: PROFILE });
    expect(put.status).toBe(200);
    const stored = { ...PROFILE, holdsIso27001: false, plansIso42001Certification: false, integratedManagementSystem: false };
    expect(await put.json()).toEqual(stored);
    expect(put.headers.get("last-modified")).toBe("Sun, 01 Mar 2026 10:00:00 GMT");
    for (const role of ["org-reader", "team-editor", "team-reader"] as const) {
      const key = await api.key(role, role.startsWith("team") ? { teams: ["claims"] } : {});
      const get = await call(api.origin, "GET", PATH, { key });
      expect(get.status, role).toBe(200);
      const body = await get.json();
      expect(body).toEqual(stored);
      expect(orgProfileDocumentSchema.parse(body)).toEqual(stored);
    }
    // GET → PUT round-trips unchanged.
    const again = await call(api.origin, "PUT", PATH, { key: admin, json: stored });
    expect(await again.json()).toEqual(stored);
  });

  it("replaces the whole profile: fields left out take their defaults again", async () => {
    await call(api.origin, "PUT", PATH, { key: admin, json: { ...PROFILE, holdsIso27001: true, iso27001Since: "2020-01-15" } });
    const put = await call(api.origin, "PUT", PATH, { key: admin, json: { customerMix: "federal", size: "large", auditBandwidth: "high" } });
    expect(await put.json()).toEqual({
      customerMix: "federal",
      size: "large",
      auditBandwidth: "high",
      holdsIso27001: false,
      plansIso42001Certification: false,
      integratedManagementSystem: false,
    });
  });

  it("answers 403 to any other role setting it, and leaves it unchanged", async () => {
    const before = await (await call(api.origin, "GET", PATH, { key: admin })).text();
    for (const role of ["org-reader", "team-editor", "team-reader"] as const) {
      const key = await api.key(role, role.startsWith("team") ? { teams: ["claims"] } : {});
      const problem = await expectProblem(await call(api.origin, "PUT", PATH, { key, json: PROFILE }), 403);
      expect(problem.detail).toBe("only an org-admin key can set the organisation profile");
    }
    expect(await (await call(api.origin, "GET", PATH, { key: admin })).text()).toBe(before);
  });

  it("refuses an invalid profile with 422 and the path of each bad field", async () => {
    const problem = await expectProblem(
      await call(api.origin, "PUT", PATH, {
        key: admin,
        json: { customerMix: "galactic", size: "medium", plannedCertificationDate: "2027-02-30", name: " ", color: "blue" },
      }),
      422,
    );
    const pointers = (problem.errors as Array<{ pointer: string }>).map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/customerMix", "/auditBandwidth", "/plannedCertificationDate", "/name"]));
    expect(JSON.stringify(problem.errors)).toContain("color");
  });

  it("refuses malformed JSON, the wrong media type and __proto__ keys, never a 5xx", async () => {
    await expectProblem(await call(api.origin, "PUT", PATH, { key: admin, body: "{", headers: { "content-type": "application/json" } }), 400);
    await expectProblem(await call(api.origin, "PUT", PATH, { key: admin, body: "customerMix=federal", headers: { "content-type": "text/plain" } }), 415);
    await expectProblem(
      await call(api.origin, "PUT", PATH, { key: admin, body: '{"__proto__": {"x": 1}, "customerMix": "federal"}', headers: { "content-type": "application/json" } }),
      400,
    );
    const deleted = await call(api.origin, "DELETE", PATH, { key: admin });
    await expectProblem(deleted, 405);
    expect(deleted.headers.get("allow")).toBe("GET, PUT");
  });

  it("belongs to one org: another org's keys neither see nor change it", async () => {
    const before = await (await call(api.origin, "GET", PATH, { key: admin })).text();
    const globex = await api.key("org-admin", { org: "globex" });
    await expectProblem(await call(api.origin, "GET", PATH, { key: globex }), 404);
    expect((await call(api.origin, "PUT", PATH, { key: globex, json: { customerMix: "both", size: "small", auditBandwidth: "low", name: "Globex" } })).status).toBe(200);
    expect(await (await call(api.origin, "GET", PATH, { key: admin })).text()).toBe(before);
    expect(await (await call(api.origin, "GET", PATH, { key: globex })).json()).toMatchObject({ name: "Globex" });
  });
});
