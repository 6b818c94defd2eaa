import { describe, expect, it } from "vitest";
import { ApiClient, ApiError } from "../../../shared/api/client";
import { apiFailureWords, CONFLICT_WORDS, HTTP_VOCABULARY, pushFailureWords, reportFailureWords } from "../../../addin/services/api-words";
import { TestApi, KEY } from "../round-trip/test-api";
import { demo } from "../round-trip/render-round-trip";

/** What the real API (createApp on the memory store) answers, as the API client throws it. */
async function failure(run: (client: ApiClient) => Promise<unknown>, key = KEY): Promise<ApiError> {
  const api = new TestApi();
  await api.seed(demo());
  const error = await run(new ApiClient({ baseUrl: "https://api.test", key }, api.fetch)).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const snapshot = demo();
const { team, name: workbook } = snapshot.workbook;

describe("a failed push in plain words", () => {
  it("says a push without the version it is based on is a conflict, where the API speaks of If-Match", async () => {
    const error = await failure((c) => c.push(team, workbook, { ...snapshot, risks: [] }));
    expect(error.status).toBe(428);
    expect(error.message).toMatch(HTTP_VOCABULARY);
    expect(pushFailureWords(error)).toBe(CONFLICT_WORDS);
  });

  it("says a push on an older version is a conflict", async () => {
    const error = await failure(async (c) => {
      await c.push(team, workbook, { ...snapshot, risks: [] }, '"v1"');
      return c.push(team, workbook, snapshot, '"v1"');
    });
    expect(error.status).toBe(409);
    expect(pushFailureWords(error)).toBe(CONFLICT_WORDS);
  });

  it("says a push sent again with other content was sent before, without naming the header", async () => {
    const error = await failure(async (c) => {
      await c.push(team, workbook, { ...snapshot, risks: [] }, '"v1"', "11111111-1111-4111-8111-111111111111");
      return c.push(team, workbook, { ...snapshot, risks: snapshot.risks.slice(0, 1) }, '"v1"', "11111111-1111-4111-8111-111111111111");
    });
    expect(error.message).toMatch(HTTP_VOCABULARY);
    const words = pushFailureWords(error);
    expect(words).not.toMatch(HTTP_VOCABULARY);
    expect(words).toMatch(/sent before|newer version/);
  });

  it("says which content the API refused and points to Validate", async () => {
    const bad = { ...snapshot, risks: [{ ...snapshot.risks[0], likelihood: "very" }] } as unknown as typeof snapshot;
    const error = await failure((c) => c.push(team, workbook, bad, '"v1"'));
    expect(error.status).toBe(422);
    const words = pushFailureWords(error);
    expect(words).toMatch(/^The API refused the workbook's content \(.+\)\. Run Validate, fix what it lists, then push again\.$/);
    expect(words).not.toMatch(HTTP_VOCABULARY);
  });

  it("says a refused key is to be checked in Settings", async () => {
    const error = await failure((c) => c.latest(team, workbook), "cwk_not_a_key");
    expect(error.status).toBe(401);
    expect(pushFailureWords(error)).toBe("The API key was not accepted (unknown or revoked). Check it in Settings.");
  });

  it("never passes a status number or header name on, whatever the status", () => {
    for (const status of [400, 403, 404, 405, 409, 412, 413, 415, 422, 428, 500, 502, 503, 504]) {
      const error = new ApiError(`Precondition failed: HTTP ${status}, send If-Match`, status, { status, title: "Precondition failed", detail: `status ${status}` });
      expect(pushFailureWords(error), String(status)).not.toMatch(HTTP_VOCABULARY);
    }
  });

  it("keeps its own sentences for what is not the API's answer", () => {
    expect(pushFailureWords(new Error("Check the workbook first."))).toBe("Check the workbook first.");
    const offline = new ApiError("Cannot reach the API at https://api.test (Failed to fetch). Check the URL and your connection.", 0);
    expect(pushFailureWords(offline)).toBe(offline.message);
  });
});

describe("other failed requests in plain words", () => {
  it("says an unknown route or team without the method and path the API names", async () => {
    const error = await failure((c) => c.versions("no-such-team", workbook));
    expect(error.status).toBe(404);
    expect(apiFailureWords(error)).not.toMatch(HTTP_VOCABULARY);
    expect(apiFailureWords(error)).toMatch(/Check the API's address, and the team and workbook ids in Settings\.$/);
  });

  it("says a report too large to pull is to be narrowed to fewer teams", () => {
    const error = new ApiError("Report too large: send Accept-Encoding: gzip", 422, { status: 422, type: "/docs#report-too-large", title: "Report too large" });
    expect(error.message).toMatch(HTTP_VOCABULARY);
    expect(reportFailureWords(error)).toBe("The report is too large to pull at once. Name fewer teams in “Teams” and pull again.");
  });

  it("keeps the client's own plain sentences, and plain-words any other API answer", () => {
    const noKey = new ApiError("No API key: enter one in Settings.", 401);
    expect(apiFailureWords(noKey)).toBe(noKey.message);
    const bare = new ApiError("The API answered 418: I'm a teapot.", 418);
    expect(apiFailureWords(bare)).toBe("The API refused the request.");
    expect(apiFailureWords(new ApiError("Conflict", 409, { status: 409, title: "Version conflict" }))).toBe(CONFLICT_WORDS);
  });
});
