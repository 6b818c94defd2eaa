import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * RFC 9457 problem details. Every error the API returns has this shape and the media type
 * `application/problem+json`. `type` is a relative URI naming an entry of the docs page.
 */
export interface ProblemField {
  /** Where the bad value was: the JSON body, a path segment, the query string or a header. */
  readonly in: "body" | "path" | "query" | "header";
  /** JSON Pointer into the body (`/risks/3/id`), or the parameter / header name. */
  readonly pointer: string;
  readonly message: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors?: readonly ProblemField[];
  /** Extension members, e.g. `currentVersion` on a 409. */
  readonly [extension: string]: unknown;
}

/** Every problem type the API uses: slug → status, title, and when it happens (for the docs). */
export const PROBLEM_TYPES = {
  "invalid-request": { status: 400, title: "Invalid request", when: "A path segment, query parameter or header is malformed (see `errors`)." },
  "malformed-json": { status: 400, title: "Malformed JSON", when: "The body is empty, not UTF-8, or not valid JSON." },
  "nesting-too-deep": { status: 400, title: "JSON nested too deeply", when: "The body nests arrays/objects deeper than the configured limit." },
  "forbidden-property": { status: 400, title: "Forbidden property name", when: "The body contains a `__proto__` key anywhere." },
  unauthorized: { status: 401, title: "Unauthorized", when: "No bearer key, an unknown key, or a revoked key." },
  forbidden: { status: 403, title: "Forbidden", when: "The key can see the resource but its role does not allow this action." },
  "not-found": { status: 404, title: "Not found", when: "No such route, or the resource does not exist or lies outside the key's org/teams (the two are deliberately indistinguishable)." },
  "method-not-allowed": { status: 405, title: "Method not allowed", when: "The route exists but not for this method; see the `Allow` header." },
  "version-conflict": { status: 409, title: "Version conflict", when: "`If-Match` names a version that is no longer the newest; `currentVersion` and `current` say what is." },
  "payload-too-large": { status: 413, title: "Payload too large", when: "The body exceeds the configured limit (10 MB by default)." },
  "unsupported-media-type": { status: 415, title: "Unsupported media type", when: "A body was sent with a Content-Type other than `application/json`." },
  "invalid-body": { status: 422, title: "Invalid body", when: "Well-formed JSON that fails the request schema or snapshot validation (see `errors`)." },
  "report-too-large": { status: 422, title: "Report too large", when: "The rendered report exceeds what the deployment can return (a Lambda function URL returns at most 6 MB); narrow it with `teams`, or ask for a smaller format (`json` and the text formats are gzipped when the client accepts gzip)." },
  "response-too-large": { status: 422, title: "Response too large", when: "On AWS Lambda: the response would exceed what a function URL can return (6 MB, binary bodies base64-encoded), even gzipped when the client accepts gzip; `size` and `limit` say by how much. Send `Accept-Encoding: gzip`, or ask for less." },
  "idempotency-key-reused": { status: 422, title: "Idempotency key reused", when: "The `Idempotency-Key` was sent before with a different snapshot on the same base: a key names one push; use a new key for a new push." },
  "precondition-required": { status: 428, title: "Precondition required", when: "A push to an existing workbook lacks `If-Match`; `currentVersion` says what to base it on." },
  internal: { status: 500, title: "Internal server error", when: "A fault of the server; `requestId` identifies it in the logs. Never carries a stack trace." },
  "store-unavailable": { status: 503, title: "Storage unavailable", when: "The database cannot be reached or did not answer in time. Reads and key changes did nothing; a push may have been committed — send the same push again after `Retry-After` seconds: the version it made is answered, never a second one." },
} as const satisfies Record<string, { status: number; title: string; when: string }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

export function problemTypeUri(type: ProblemType): string {
  return `/docs#problem-${type}`;
}

export function problem(
  type: ProblemType,
  detail?: string,
  extra: { errors?: readonly ProblemField[]; [extension: string]: unknown } = {},
): Problem {
  const { status, title } = PROBLEM_TYPES[type];
  return { type: problemTypeUri(type), title, status, ...(detail === undefined ? {} : { detail }), ...extra };
}

/** Thrown anywhere in a request; the app's error handler turns it into the response. */
export class ProblemError extends Error {
  override readonly name = "ProblemError";
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;
  constructor(problem: Problem, headers: Readonly<Record<string, string>> = {}) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
    this.headers = headers;
  }
}

export function fail(
  type: ProblemType,
  detail?: string,
  extra?: { errors?: readonly ProblemField[]; [extension: string]: unknown },
  headers?: Readonly<Record<string, string>>,
): never {
  throw new ProblemError(problem(type, detail, extra), headers);
}

export function problemResponse(c: Context, body: Problem, headers: Readonly<Record<string, string>> = {}): Response {
  const withInstance: Problem = body.instance === undefined ? { ...body, instance: new URL(c.req.url).pathname } : body;
  return c.body(JSON.stringify(withInstance), body.status as ContentfulStatusCode, {
    ...headers,
    "content-type": PROBLEM_MEDIA_TYPE,
  });
}
