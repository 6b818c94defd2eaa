// @vitest-environment happy-dom
/**
 * A register's qualitative ratings are read on the bands of the matrix the workbook is on (its
 * settings sheet), as the workbook's rating lists are: on a 3×3 workbook "Medium" for a score of
 * 4 agrees with the matrix; on the default 5×5 the same rating disagrees (4 is Low there).
 */
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { prepareSetup } from "../../../addin/setup/workbook-matrix";
import { renderPane } from "./render-pane";

afterEach(cleanup);

const REGISTER = [
  ["Risk ID", "Risk Title", "Risk Owner", "Likelihood", "Impact", "Risk Rating"],
  ["R-1", "Training data leak", "Ana", 2, 2, "Medium"],
  ["R-2", "Biased scoring", "Ben", 3, 3, "High"],
];

async function workbookOn(preset: "3x3" | "5x5"): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const prepared = await prepareSetup(wb, preset);
  await wb.setUpWorkbook(prepared.plan, { inspected: prepared.info });
  wb.addSheet("Old register", REGISTER);
  return wb;
}

async function previewIssuesText(wb: MemoryWorkbook): Promise<string> {
  renderPane({}, wb);
  fireEvent.click(screen.getByRole("tab", { name: "Import" }));
  const sheet = await screen.findByRole("combobox", { name: "Sheet" });
  await waitFor(() => expect(sheet.textContent).toContain("Old register"));
  fireEvent.click(screen.getByRole("button", { name: "Analyse" }));
  await screen.findByRole("region", { name: "Mapping" });
  fireEvent.click(screen.getByRole("button", { name: "Preview records" }));
  const preview = await screen.findByRole("region", { name: "Preview" });
  return preview.textContent ?? "";
}

describe("Import reads ratings on the workbook's matrix", () => {
  it("on a 3×3 workbook, takes Medium for likelihood 2 × impact 2 without a disagreement", async () => {
    const text = await previewIssuesText(await workbookOn("3x3"));
    expect(text).not.toMatch(/rating: the register says/);
  });

  it("on a 5×5 workbook, says the same Medium disagrees with the matrix (4 is Low)", async () => {
    const text = await previewIssuesText(await workbookOn("5x5"));
    expect(text).toMatch(/the register says Medium, but likelihood 2 × impact 2 = 4, which the matrix rates Low/);
  });
});
