import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../cli/commands/index";
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

  it("loads, for each listed name, the command of that name", async () => {
    for (const entry of COMMANDS) expect((await entry.load()).name).toBe(entry.name);
  });

  it("lists every command with its summary in help", async () => {
    const io = captureIo();
    await main(["help"], io);
    for (const entry of COMMANDS) expect(io.out()).toMatch(new RegExp(`^  ${entry.name} +\\S`, "m"));
  });
});
