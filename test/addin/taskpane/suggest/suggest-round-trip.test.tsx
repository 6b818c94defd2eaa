// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { pullVersion, readLocalSnapshot } from "../../../../addin/services/round-trip";
import { suggestOnSheets } from "../../../../addin/taskpane/suggest/sheet-suggestions";
import { referenceSource, SUGGESTED_ACCEPTED, TYPED } from "../../../../shared/model/reference-suggestions";
import { demo, demoWorkbook, renderRoundTrip } from "../../round-trip/render-round-trip";
import { bareFirstRisk, openTab } from "./bare-risk";

afterEach(cleanup);

const targetOf = (button: HTMLElement) => /^(?:Accept|Reject) (\S+:.+) for /.exec(button.getAttribute("aria-label") ?? "")?.[1] ?? "";

describe("suggested references through push and pull", () => {
  it("keeps an accepted suggestion (with who accepted, the API key's name) and a rejected one through a push and a pull into another workbook", async () => {
    const wb = await demoWorkbook(bareFirstRisk());
    const { api } = renderRoundTrip(wb);
    await openTab("Suggest");
    // Push records the key's name as author; accepting does too.
    await waitFor(() => expect((screen.getByRole("textbox", { name: "Accepted by" }) as HTMLInputElement).value).toBe("Test admin"), { timeout: 10_000 });
    fireEvent.click(screen.getByRole("button", { name: "Suggest" }));
    let risk = await screen.findByRole("listitem", { name: "Suggestions for CR-R01" });
    const rejectButton = within(risk).getAllByRole("button", { name: /^Reject / })[0]!;
    const rejected = targetOf(rejectButton);
    fireEvent.click(rejectButton);
    await screen.findByText(/^1 decision written/);
    risk = await screen.findByRole("listitem", { name: "Suggestions for CR-R01" });
    const acceptButton = within(risk).getAllByRole("button", { name: /^Accept ISO42001:/ })[0]!;
    const accepted = targetOf(acceptButton);
    fireEvent.click(acceptButton);
    await screen.findByText(/^1 decision written/);

    await openTab("Push");
    fireEvent.click(await screen.findByRole("button", { name: "Check and compare" }, { timeout: 5000 }));
    fireEvent.click(await screen.findByRole("button", { name: /^Push \d+ changes?$/ }, { timeout: 5000 }));
    await screen.findByText("Up to date (version 1)", undefined, { timeout: 5000 });

    const { team, name } = demo().workbook;
    const [stored] = await api.versions(team, name);
    const pushed = stored!.snapshot.risks.find((r) => r.id === "CR-R01")!;
    expect(pushed.iso42001Refs).toEqual([accepted]);
    expect(pushed.suggestions).toEqual({ accepted: [accepted], acceptedBy: "Test admin", rejected: [rejected] });
    expect(referenceSource(pushed, accepted)).toBe(SUGGESTED_ACCEPTED);
    const typed = stored!.snapshot.risks.find((r) => r.id !== "CR-R01" && (r.aiRmfRefs?.length ?? 0) > 0)!;
    expect(referenceSource(typed, typed.aiRmfRefs![0]!)).toBe(TYPED);

    // Another member pulls the version into their workbook: the decisions come along, and
    // neither the accepted nor the rejected target is offered again there.
    const other = await demoWorkbook(demo());
    await pullVersion(other, stored!.snapshot, { version: stored!.version, backupSheet: "Before pull" });
    const { build } = await readLocalSnapshot(other, { asOf: "2026-06-30" });
    expect(build.records.risks.find((r) => r.id === "CR-R01")).toEqual(pushed);
    const offered = await suggestOnSheets(other, { collections: ["risks"] });
    const targets = offered.records.find((r) => r.id === "CR-R01")?.suggestions.map((s) => s.target) ?? [];
    expect(targets).not.toContain(accepted);
    expect(targets).not.toContain(rejected);
  });
});
