/**
 * Pieces a streamed body is cut into: small enough that a report of a few hundred KB still goes
 * out in several (a body that fits one piece is sent with a length by @hono/node-server).
 */
const PIECE_BYTES = 64 * 1024;

/**
 * A body sent as a stream of pieces instead of one buffer: over HTTP it goes out chunked, and under
 * Lambda response streaming (api/lambda.ts) it is not held to the 6 MB of a buffered answer.
 */
export function chunkedBody(body: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.byteLength) {
        controller.close();
        return;
      }
      controller.enqueue(body.subarray(offset, offset + PIECE_BYTES));
      offset += PIECE_BYTES;
    },
  });
}
