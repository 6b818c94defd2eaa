import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { URL_NAMESPACE, uuidV5 } from "../../../shared/util/uuid";

/** RFC 4122 version 5 computed with Node's own SHA-1 and UTF-8 encoder, to check the library against. */
function nodeUuidV5(namespace: string, name: string): string {
  const hash = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe("uuidV5", () => {
  it("matches Node's crypto on any text, including astral characters and lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(uuidV5(URL_NAMESPACE, text)).toBe(nodeUuidV5(URL_NAMESPACE, text));
      }),
    );
  });

  it("gives the published example and is stable", () => {
    expect(uuidV5(URL_NAMESPACE, "https://example.com")).toBe("4fd35a71-71ef-5a55-a9d9-aa75c889a6d0");
    expect(uuidV5(URL_NAMESPACE, "x")).toBe(uuidV5(URL_NAMESPACE, "x"));
  });
});
