// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { deployedApiUrl } from "../../../addin/services/api-settings";
import { renderRoundTrip } from "./render-round-trip";

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

describe("the API URL Settings offers", () => {
  it("is the deployed API's URL, without the function URL's trailing slash", () => {
    expect(deployedApiUrl({ VITE_CROSSWALK_API_URL: "https://abc.lambda-url.eu-west-1.on.aws/" })).toBe("https://abc.lambda-url.eu-west-1.on.aws");
    expect(deployedApiUrl({})).toBe("");
  });

  it("pre-fills Settings when nothing is saved yet", async () => {
    vi.stubEnv("VITE_CROSSWALK_API_URL", "https://abc.lambda-url.eu-west-1.on.aws/");
    renderRoundTrip(new MemoryWorkbook(), { configured: false });
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const field = (await screen.findByLabelText("API URL", undefined, { timeout: 5000 })) as HTMLInputElement;
    expect(field.value).toBe("https://abc.lambda-url.eu-west-1.on.aws");
  });
});
