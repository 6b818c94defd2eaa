import { describe, expect, it } from "vitest";
import { main } from "../../cli/main";
import { captureIo } from "./capture-io";

describe("crosswalk main", () => {
  it("prints help and exits 0 for `help`", async () => {
    const io = captureIo();
    expect(await main(["help"], io)).toBe(0);
    expect(io.out()).toContain("usage: crosswalk <command>");
  });

  it("rejects an unknown command with exit code 2", async () => {
    const io = captureIo();
    expect(await main(["frobnicate"], io)).toBe(2);
    expect(io.err()).toContain('unknown command "frobnicate"');
  });
});
