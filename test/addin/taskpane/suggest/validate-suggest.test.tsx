// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { readLocalSnapshot } from "../../../../addin/services/round-trip";
import { demoWorkbook } from "../../round-trip/render-round-trip";
import { renderPane } from "../render-pane";
import { bareFirstRisk } from "./bare-risk";

afterEach(cleanup);

describe("Validate's notes on records without references", () => {
  it("lists the risk as a note, not an error, and opens its suggestions in one click, to accept there", async () => {
    const wb = await demoWorkbook(bareFirstRisk());
    renderPane({}, wb, "validate");
    fireEvent.click(screen.getByRole("button", { name: "Run checks" }));
    const note = await screen.findByRole("button", { name: /^[A-Z]+2: Risk CR-R01 names no AI RMF subcategory or ISO 42001 control$/ });
    expect(screen.queryByText(/ errors$/)).toBeNull();
    const item = note.closest("li")!;
    fireEvent.click(within(item as HTMLElement).getByRole("button", { name: "Suggest references" }));
    const suggestions = await screen.findByRole("listitem", { name: "Suggestions for CR-R01" });
    const accept = within(suggestions).getAllByRole("button", { name: /^Accept AIRMF:/ })[0]!;
    const target = /^Accept (\S+:.+) for /.exec(accept.getAttribute("aria-label") ?? "")?.[1];
    fireEvent.click(accept);
    await screen.findByText(/^1 decision written into 1 row/);
    const { build } = await readLocalSnapshot(wb, { asOf: "2026-06-30" });
    expect(build.records.risks[0]?.aiRmfRefs).toEqual([target]);
    // Checked again, the risk has a reference and the note is gone.
    fireEvent.click(screen.getByRole("button", { name: "Run checks" }));
    // Wait for the new result (counts or "No issues found"), then look for the note.
    await waitFor(() => expect(screen.queryByText("No issues found.") ?? screen.queryByLabelText("Issue counts")).not.toBeNull());
    expect(screen.queryByRole("button", { name: /Risk CR-R01 names no AI RMF/ })).toBeNull();
  });
});
