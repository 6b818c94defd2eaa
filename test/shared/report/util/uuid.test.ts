import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha1, utf8 } from "../../../../shared/report/util/sha1";
import { URL_NAMESPACE, uuidV5 } from "../../../../shared/report/util/uuid";

/** RFC 4122 version 5 computed with Node's own SHA-1, to check the pure implementation against. */
function nodeUuidV5(namespace: string, name: string): string {
  const hash = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe("sha1 and uuidV5", () => {
  it("match Node's crypto on any text, including astral characters and lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(Buffer.from(sha1(text)).toString("hex")).toBe(createHash("sha1").update(text, "utf8").digest("hex"));
        expect(Buffer.from(utf8(text)).equals(Buffer.from(text, "utf8"))).toBe(true);
        expect(uuidV5(URL_NAMESPACE, text)).toBe(nodeUuidV5(URL_NAMESPACE, text));
      }),
    );
  });

  it("gives the published example and is stable", () => {
    expect(uuidV5(URL_NAMESPACE, "https://example.com")).toBe("4fd35a71-71ef-5a55-a9d9-aa75c889a6d0");
    expect(uuidV5(URL_NAMESPACE, "x")).toBe(uuidV5(URL_NAMESPACE, "x"));
  });
});
