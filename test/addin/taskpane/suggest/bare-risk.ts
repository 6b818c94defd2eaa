import { fireEvent, screen } from "@testing-library/react";
import type { WorkbookSnapshot } from "../../../../shared/model/snapshot";
import { demo } from "../../round-trip/render-round-trip";

/** The demo team's workbook with its first risk's typed references taken out. */
export function bareFirstRisk(): WorkbookSnapshot {
  const snapshot = demo();
  const [first, ...rest] = snapshot.risks;
  const { aiRmfRefs: _a, iso42001Refs: _i, genAiRisks: _g, trustworthiness: _t, suggestions: _s, ...bare } = first!;
  return { ...snapshot, risks: [bare, ...rest] };
}


/** Opens a panel by its tab, or through "More" when the tab did not fit. */
export async function openTab(name: string): Promise<void> {
  const tab = screen.queryByRole("tab", { name });
  if (tab) {
    fireEvent.click(tab);
    return;
  }
  fireEvent.click(screen.getByRole("button", { name: /^More features/ }));
  fireEvent.click(await screen.findByRole("menuitem", { name }));
}
