import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gunzip as gunzipCb, gzip as gzipCb } from "node:zlib";

const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

/** Compresses and cuts a large snapshot into pieces that each fit one DynamoDB item. */
export async function toChunks(body: Uint8Array, chunkBytes: number): Promise<{ chunks: Uint8Array[]; storedBytes: number }> {
  const packed = new Uint8Array(await gzip(body, { level: 6 }));
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < packed.length; offset += chunkBytes) {
    chunks.push(packed.subarray(offset, Math.min(packed.length, offset + chunkBytes)));
  }
  return { chunks, storedBytes: packed.length };
}

export async function fromChunks(chunks: readonly Uint8Array[]): Promise<Uint8Array> {
  const total = chunks.reduce((sum, c) => sum + c.length, 0);
  const packed = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    packed.set(chunk, offset);
    offset += chunk.length;
  }
  return new Uint8Array(await gunzip(packed));
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
