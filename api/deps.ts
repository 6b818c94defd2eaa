import { generateApiKey, hashApiKey } from "./auth/api-key";
import type { Background } from "./background";
import type { Store } from "./store/port";

export interface Limits {
  /** Largest request body, in bytes. Default 10 MB. */
  readonly maxBodyBytes: number;
  /** Deepest JSON nesting accepted in a body. Default 64. */
  readonly maxJsonDepth: number;
  /** Page size when a list request gives no `limit`. Default 20 (maximum 100). */
  readonly defaultPageSize: number;
  /**
   * Report digests (and the last few built reports) kept between reports, counted in bytes of
   * their JSON (parsed objects take a few times more memory). Default 32 MB; 0 turns caching off.
   */
  readonly reportCacheBytes: number;
  /**
   * Report bodies larger than this are sent as a stream of chunks (chunked transfer over HTTP;
   * Lambda response streaming on the function URL) rather than one buffer. Default 1 MB.
   */
  readonly streamReportAboveBytes: number;
  /**
   * Largest report body the API will send, after compression. Unlimited by default. The Lambda
   * entry streams its answers (function URL in RESPONSE_STREAM mode) and sets the streaming
   * limit (20 MB); its buffered entry (API Gateway) keeps about 4.4 MB, as a buffered function
   * URL returns at most 6 MB with binary bodies base64-encoded — a larger report gets a clear
   * problem instead of an opaque 502.
   */
  readonly maxResponseBytes: number;
  /**
   * How long the rebuild of an org's report after a change waits before it starts, so that a
   * burst of pushes (a bulk upload) is rebuilt once, after its last version. Default 1 s.
   */
  readonly reportRebuildDelayMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: 10 * 1024 * 1024,
  maxJsonDepth: 64,
  defaultPageSize: 20,
  reportCacheBytes: 32 * 1024 * 1024,
  streamReportAboveBytes: 1024 * 1024,
  maxResponseBytes: Number.POSITIVE_INFINITY,
  reportRebuildDelayMs: 1_000,
};

export interface LogEvent {
  readonly level: "error" | "warn";
  readonly message: string;
  readonly requestId?: string;
  readonly error?: unknown;
}

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  readonly store: Store;
  readonly clock?: () => Date;
  /** Makes new API keys; default: `cwk_` + 16-char id + 32 random bytes. */
  readonly generateKey?: () => string;
  /** Hash under which keys are stored and checked; default SHA-256 hex. */
  readonly hashKey?: (key: string) => string;
  readonly limits?: Partial<Limits>;
  /** Origins allowed to call from a browser (the add-in's task pane); default any (`*`). */
  readonly corsOrigins?: string | readonly string[];
  /** Where server faults are reported; default one JSON line on stderr. */
  readonly log?: (event: LogEvent) => void;
  /**
   * The deployed code's identity (`CROSSWALK_RELEASE`, set at each deploy). When given, built
   * reports are stored and answered again by any instance of the same release
   * (api/report/stored-reports.ts); when absent, reports are only cached in memory.
   */
  readonly release?: string;
  /**
   * Where work after an answer runs (api/background.ts). With a release, a push or a profile
   * change rebuilds and stores the org's report there; without one, nothing is rebuilt ahead.
   */
  readonly background?: Background;
}

export interface ResolvedDeps {
  readonly store: Store;
  readonly clock: () => Date;
  readonly generateKey: () => string;
  readonly hashKey: (key: string) => string;
  readonly limits: Limits;
  readonly corsOrigins: string | readonly string[];
  readonly log: (event: LogEvent) => void;
  readonly release: string | undefined;
  readonly background: Background | undefined;
}

function stderrLog(event: LogEvent): void {
  const error =
    event.error instanceof Error
      ? { name: event.error.name, message: event.error.message, stack: event.error.stack }
      : event.error;
  console.error(JSON.stringify({ ...event, error }));
}

export function resolveDeps(deps: AppDeps): ResolvedDeps {
  return {
    store: deps.store,
    clock: deps.clock ?? (() => new Date()),
    generateKey: deps.generateKey ?? (() => generateApiKey()),
    hashKey: deps.hashKey ?? hashApiKey,
    limits: { ...DEFAULT_LIMITS, ...deps.limits },
    corsOrigins: deps.corsOrigins ?? "*",
    log: deps.log ?? stderrLog,
    release: deps.release || undefined,
    background: deps.background,
  };
}
