import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ifNoneMatchHits, parseIfMatch } from "../../api/http/conditional";
import { findProtoKey, isJsonMediaType, maxDepth } from "../../api/http/json-body";
import { generateApiKey, keyIdOf } from "../../api/auth/api-key";

describe("maxDepth", () => {
  it("measures nesting and ignores brackets inside strings", () => {
    expect(maxDepth('{"a":[1,{"b":[]}]}', 100)).toBe(4);
    expect(maxDepth('{"a":"[[[[{{{{\\"]]"}', 100)).toBe(1);
    expect(maxDepth("42", 100)).toBe(0);
  });

  it("agrees with the real depth of any JSON value", () => {
    const depth = (v: unknown): number =>
      typeof v === "object" && v !== null ? 1 + Math.max(0, ...Object.values(v as object).map(depth)) : 0;
    fc.assert(fc.property(fc.jsonValue(), (value) => maxDepth(JSON.stringify(value), 1000) === depth(value)));
  });
});

describe("findProtoKey", () => {
  it("finds __proto__ at any depth and points at it", () => {
    expect(findProtoKey(JSON.parse('{"a":[{"__proto__":1}]}'))).toBe("/a/0/__proto__");
    expect(findProtoKey(JSON.parse('{"a/b":{"c~d":{"__proto__":{}}}}'))).toBe("/a~1b/c~0d/__proto__");
    expect(findProtoKey({ constructor: 1, prototype: 2 })).toBeUndefined();
  });
});

describe("isJsonMediaType", () => {
  it.each([
    ["application/json", true],
    ["Application/JSON; charset=utf-8", true],
    ['application/json;charset="UTF-8"', true],
    ["application/json; charset=latin1", false],
    ["application/jsonp", false],
    ["text/json", false],
    [undefined, false],
  ])("%s → %s", (type, ok) => expect(isJsonMediaType(type)).toBe(ok));
});

describe("conditional headers", () => {
  it("reads If-Match as one version", () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('"v12"')).toBe(12);
    expect(parseIfMatch(" v3 ")).toBe(3);
    expect(parseIfMatch("7")).toBe(7);
    expect(() => parseIfMatch('"v1", "v2"')).toThrow();
    expect(() => parseIfMatch("*")).toThrow();
  });

  it("matches If-None-Match weakly and with *", () => {
    expect(ifNoneMatchHits('W/"v3"', '"v3"')).toBe(true);
    expect(ifNoneMatchHits('"v1", "v3"', '"v3"')).toBe(true);
    expect(ifNoneMatchHits("*", '"v3"')).toBe(true);
    expect(ifNoneMatchHits('"v31"', '"v3"')).toBe(false);
  });
});

describe("API keys", () => {
  it("carry their record id, and foreign-format keys get a stable id from their hash", () => {
    const key = generateApiKey();
    expect(keyIdOf(key)).toBe(key.slice(4, 20));
    expect(keyIdOf("an operator chose this key")).toMatch(/^h[0-9a-f]{15}$/);
    expect(keyIdOf("an operator chose this key")).toBe(keyIdOf("an operator chose this key"));
  });

  it("are different every time", () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey()));
    expect(keys.size).toBe(200);
  });
});
