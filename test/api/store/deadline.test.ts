import { describe, expect, it } from "vitest";
import { parseStoreDeadline, withinDeadline } from "../../../api/store/dynamo/deadline";
import { StoreUnavailableError } from "../../../api/store/port";

describe("store deadline", () => {
  it("gives up on a call that never settles, aborting its signal, with StoreUnavailableError", async () => {
    let signal: AbortSignal | undefined;
    const started = performance.now();
    const outcome = withinDeadline("get key", 50, (s) => {
      signal = s;
      return new Promise<never>(() => undefined);
    });
    await expect(outcome).rejects.toThrow(StoreUnavailableError);
    await expect(outcome).rejects.toThrow(/did not answer get key within 50 ms/);
    expect(signal?.aborted).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("passes a call's answer and its own failure through untouched", async () => {
    await expect(withinDeadline("x", 5_000, async () => 42)).resolves.toBe(42);
    await expect(withinDeadline("x", 5_000, async () => Promise.reject(new RangeError("bad")))).rejects.toThrow(RangeError);
  });

  it("reads the setting as whole milliseconds in range, and refuses anything else by name", () => {
    expect(parseStoreDeadline(undefined, "S")).toBeUndefined();
    expect(parseStoreDeadline(" ", "S")).toBeUndefined();
    expect(parseStoreDeadline("20000", "S")).toBe(20_000);
    for (const bad of ["soon", "1.5", "50", "700000"]) expect(() => parseStoreDeadline(bad, "CROSSWALK_STORE_DEADLINE_MS")).toThrow(/CROSSWALK_STORE_DEADLINE_MS/);
  });
});
