// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../../addin/port/memory-workbook";
import { readLocalSnapshot } from "../../../../addin/services/round-trip";
import { buildPlan } from "../../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../../addin/setup/shared-layout";
import { referenceSource, SUGGESTED_ACCEPTED } from "../../../../shared/model/reference-suggestions";
import { renderPane } from "../render-pane";

afterEach(cleanup);

const REGISTER = [
  ["Risk ID", "Risk", "Description", "Owner", "Likelihood", "Impact"],
  ["R-1", "Credit model discriminates against older applicants", "Historical lending data carries bias; the model denies credit to protected groups (fairness, disparate impact).", "Ann", 3, 4],
  ["R-2", "Chatbot leaks personal data", "The assistant reveals customers' PII and confidential account details in its answers (privacy breach).", "Bo", 2, 5],
];

async function setUpWithRegister(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.setUpWorkbook(buildPlan(sharedWorkbookLayout()));
  wb.addSheet("Old register", REGISTER);
  return wb;
}

async function preview() {
  const sheet = await screen.findByRole("combobox", { name: "Sheet" });
  await waitFor(() => expect(sheet.textContent).toContain("Old register"));
  fireEvent.click(screen.getByRole("button", { name: "Analyse" }));
  fireEvent.click(await screen.findByRole("button", { name: "Preview records" }, { timeout: 10_000 }));
  await screen.findByText(/^2 records for Risk Register/);
}

describe("Import preview: Suggest references", () => {
  it("writes the imported risks with their suggestions above the score accepted, as suggested-and-accepted references", async () => {
    const wb = await setUpWithRegister();
    renderPane({}, wb, "import");
    await preview();
    fireEvent.click(await screen.findByRole("switch", { name: "Suggest references" }));
    const summary = await screen.findByText(/suggested references? for 2 records will be written as accepted suggestions\.$/);
    const count = Number(/^(\d+)/.exec(summary.textContent ?? "")?.[1]);
    expect(count).toBeGreaterThan(1);
    fireEvent.click(screen.getByRole("button", { name: "Write 2 records" }));
    await screen.findByText(/^Wrote 2 records to Risk Register/);

    const { build } = await readLocalSnapshot(wb, { asOf: "2026-06-30" });
    const risks = build.records.risks;
    expect(risks.map((r) => r.id)).toEqual(["R-1", "R-2"]);
    const accepted = risks.flatMap((r) => r.suggestions?.accepted ?? []);
    expect(accepted).toHaveLength(count);
    for (const risk of risks) {
      expect(risk.suggestions?.accepted?.length ?? 0).toBeGreaterThan(0);
      for (const ref of [...(risk.aiRmfRefs ?? []), ...(risk.iso42001Refs ?? [])]) expect(referenceSource(risk, ref)).toBe(SUGGESTED_ACCEPTED);
    }
    // The source sheet is only read.
    expect(wb.view("Old register")?.values).toEqual(REGISTER);
  });

  it("writes the rows without references while the switch is off", async () => {
    const wb = await setUpWithRegister();
    renderPane({}, wb, "import");
    await preview();
    fireEvent.click(await screen.findByRole("button", { name: "Write 2 records" }));
    await screen.findByText(/^Wrote 2 records to Risk Register/);
    const { build } = await readLocalSnapshot(wb, { asOf: "2026-06-30" });
    expect(build.records.risks.map((r) => r.id)).toEqual(["R-1", "R-2"]);
    expect(build.records.risks.flatMap((r) => [...(r.aiRmfRefs ?? []), ...(r.suggestions?.accepted ?? [])])).toEqual([]);
  });
});
