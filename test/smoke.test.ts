import { describe, expect, it } from "vitest";
import { main } from "../cli/main";

describe("cli", () => {
  it("returns a zero exit code for a known call", async () => {
    expect(await main([])).toBe(0);
  });
});
