import { gzipSync } from "node:zlib";
import type { APIGatewayProxyResult } from "hono/aws-lambda";
import { problem, PROBLEM_MEDIA_TYPE } from "./problem";

/**
 * What a buffered Lambda response can carry. Lambda refuses an invocation result whose JSON is
 * over 6 MiB (+100 bytes) — and the function URL then answers its own 502 without CORS headers,
 * which the add-in cannot even read. The result's JSON is what counts: the body as it travels
 * (base64 for binary or gzipped bodies, so a third larger; escaped, so every `"` counts twice),
 * plus status and headers. The margin keeps clear of envelope details we do not see.
 */
export const LAMBDA_MAX_RESULT_BYTES = 6 * 1024 * 1024 - 16 * 1024;

export interface FitOptions {
  /** The request's Accept-Encoding header. */
  readonly acceptEncoding: string | undefined;
  readonly maxResultBytes?: number;
}

const resultBytes = (result: APIGatewayProxyResult) => Buffer.byteLength(JSON.stringify(result));

function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? "").split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q) > 0);
  });
}

function headersOf(result: APIGatewayProxyResult): Record<string, string> {
  if ("headers" in result && result.headers) {
    return Object.fromEntries(Object.entries(result.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]));
  }
  if ("multiValueHeaders" in result && result.multiValueHeaders) {
    return Object.fromEntries(Object.entries(result.multiValueHeaders).map(([k, v]) => [k, v.join(", ")]));
  }
  return {};
}

function withHeaders(result: APIGatewayProxyResult, headers: Record<string, string>, body: string, isBase64Encoded: boolean): APIGatewayProxyResult {
  const { multiValueHeaders: _drop, ...rest } = result as APIGatewayProxyResult & { multiValueHeaders?: unknown };
  return { ...rest, headers, body, isBase64Encoded } as APIGatewayProxyResult;
}

/** The same response gzipped, when the client takes gzip and the body is not encoded already. */
function gzipped(result: APIGatewayProxyResult, acceptEncoding: string | undefined): APIGatewayProxyResult | undefined {
  const headers = headersOf(result);
  if (!acceptsGzip(acceptEncoding) || Object.keys(headers).some((h) => h.toLowerCase() === "content-encoding")) return undefined;
  const raw = result.isBase64Encoded ? Buffer.from(result.body, "base64") : Buffer.from(result.body, "utf8");
  const vary = headers.vary ? `${headers.vary}, Accept-Encoding` : "Accept-Encoding";
  const { "content-length": _length, ...kept } = headers;
  return withHeaders(result, { ...kept, "content-encoding": "gzip", vary }, gzipSync(raw).toString("base64"), true);
}

/** A readable 422 in place of a response that cannot travel: problem+json, CORS headers kept. */
function tooLarge(result: APIGatewayProxyResult, size: number, limit: number, instance: string): APIGatewayProxyResult {
  const cors = Object.fromEntries(Object.entries(headersOf(result)).filter(([k]) => /^access-control-|^vary$/i.test(k)));
  const body = problem(
    "response-too-large",
    `The response is ${size} bytes as this deployment carries it; AWS Lambda returns at most ${limit}. Send Accept-Encoding: gzip, or ask for less (a report: fewer teams).`,
    { size, limit, instance },
  );
  const headers = { ...cors, "content-type": PROBLEM_MEDIA_TYPE, "x-content-type-options": "nosniff" };
  return { statusCode: body.status, headers, body: JSON.stringify(body), isBase64Encoded: false };
}

/**
 * Makes a buffered result fit what Lambda can return: as it is, else gzipped, else a problem.
 *
 * This is the seam for streaming: a response-streaming handler (`streamHandle`, function URL
 * with `invokeMode: RESPONSE_STREAM`, 20 MB soft limit) would send large reports instead of
 * refusing them, and would replace this check rather than sit behind it.
 */
export function fitLambdaResult(result: APIGatewayProxyResult, path: string, options: FitOptions): APIGatewayProxyResult {
  const limit = options.maxResultBytes ?? LAMBDA_MAX_RESULT_BYTES;
  const size = resultBytes(result);
  if (size <= limit) return result;
  const compressed = gzipped(result, options.acceptEncoding);
  if (compressed && resultBytes(compressed) <= limit) return compressed;
  return tooLarge(result, compressed ? resultBytes(compressed) : size, limit, path);
}
