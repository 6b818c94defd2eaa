import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { getPath } from "hono/utils/url";
import { authenticate } from "./auth/authenticate";
import { type AppDeps, resolveDeps } from "./deps";
import type { AppEnv } from "./env";
import { problem, ProblemError, problemResponse, type ProblemType } from "./problem";
import { keyRoutes } from "./routes/keys";
import { meRoutes } from "./routes/me";
import { type Contract, honoPath } from "./openapi/operation";
import { metaRoutes } from "./routes/meta";
import { orgRoutes } from "./routes/org";
import { createOrgReports } from "./report/org-reports";
import { reportRoutes } from "./routes/reports";
import { versionRoutes, WORKBOOK_PATH } from "./routes/versions";
import { workbookRoutes } from "./routes/workbooks";
import { StoreIntegrityError, StoreUnavailableError } from "./store/port";

const PUBLIC_PATHS = new Set(["/v1/health", "/v1/ready", "/v1/openapi.json"]);

function problemTypeForStatus(status: number): ProblemType {
  switch (status) {
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
      return "not-found";
    case 405:
      return "method-not-allowed";
    case 413:
      return "payload-too-large";
    case 415:
      return "unsupported-media-type";
    default:
      return status >= 500 ? "internal" : "invalid-request";
  }
}

/**
 * The Crosswalk API as a Hono app, built only from what it is given: the store, the clock, key
 * generation and hashing, limits. No I/O happens here; the local server and the Lambda entry
 * bring the rest.
 */
export function createApp(appDeps: AppDeps): Hono<AppEnv> {
  const deps = resolveDeps(appDeps);
  // A base URL ending in "/" (as function URLs do) joined with "/v1/…" gives "//v1/…": same route.
  const app = new Hono<AppEnv>({ getPath: (request) => getPath(request).replace(/\/{2,}/g, "/") });

  app.use(
    "*",
    cors({
      origin: typeof deps.corsOrigins === "string" ? deps.corsOrigins : [...deps.corsOrigins],
      allowMethods: ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"],
      allowHeaders: ["Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key"],
      exposeHeaders: [
        "ETag",
        "Location",
        "Content-Location",
        "Content-Disposition",
        "Last-Modified",
        "Crosswalk-Version",
        "Crosswalk-Report-As-Of",
        "Crosswalk-Report-Teams",
        "Crosswalk-Org-Profile",
        "Server-Timing",
        "Retry-After",
        "Idempotent-Replayed",
      ],
      maxAge: 600,
    }),
  );
  app.use("*", async (c, next) => {
    await next();
    c.header("x-content-type-options", "nosniff");
  });
  app.use("/v1/*", async (c, next) => {
    if (PUBLIC_PATHS.has(c.req.path)) return next();
    return authenticate(deps.store, deps.hashKey)(c, next);
  });

  // Each route module declares its operations into the contract; /v1/openapi.json is generated from it.
  const contract: Contract = [];
  const reports = createOrgReports(deps);
  app.route("/", metaRoutes(deps, contract));
  app.route("/v1/me", meRoutes(contract));
  app.route("/v1/keys", keyRoutes(deps, contract));
  app.route("/v1/workbooks", workbookRoutes(deps, contract));
  app.route(honoPath(WORKBOOK_PATH), versionRoutes(deps, contract, reports));
  app.route("/v1/reports", reportRoutes(deps, contract, reports));
  app.route("/v1/org", orgRoutes(deps, contract, reports));

  app.notFound((c) => problemResponse(c, problem("not-found", `no route for ${c.req.method} ${c.req.path}`)));

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error.problem, error.headers);
    if (error instanceof StoreUnavailableError) {
      deps.log({ level: "warn", message: "store unavailable", error });
      return problemResponse(
        c,
        problem("store-unavailable", "the database cannot be reached or did not answer in time; a read changed nothing, a push may have been committed: send the same push again after Retry-After seconds and the version it made is answered"),
        { "retry-after": "5" },
      );
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, problem(problemTypeForStatus(error.status), error.message || undefined));
    }
    const requestId = randomUUID();
    deps.log({ level: "error", message: `unhandled error on ${c.req.method} ${c.req.path}`, requestId, error });
    const detail =
      error instanceof StoreIntegrityError
        ? "stored data failed its integrity check; the fault has been logged"
        : "the server hit an unexpected fault; it has been logged";
    return problemResponse(c, problem("internal", detail, { requestId }));
  });

  return app;
}
