/**
 * The part of `fetch` the API client uses, typed here because shared/ is compiled without DOM or
 * Node types. The browser's and Node's `fetch` both fit, as does Hono's `app.request`.
 */
export interface FetchInit {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array<ArrayBuffer>;
}

export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type FetchLike = (input: string, init?: FetchInit) => Promise<FetchResponse>;

/** `a=1&b=x%2Cy` from the entries whose value is defined, in order. */
export function queryString(entries: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(entries)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join("&");
}
