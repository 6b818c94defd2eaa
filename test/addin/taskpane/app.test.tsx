// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { memoryStore } from "../../../addin/services/key-value-store";
import { App, WORKBOOK_PANELS } from "../../../addin/taskpane/App";
import { createServices } from "../../../addin/taskpane/create-services";
import "./render-pane";

afterEach(cleanup);

describe("task pane shell", () => {
  it("shows the four workbook features as labelled tabs and says when it runs in preview", () => {
    render(<App services={createServices(new MemoryWorkbook(), "preview", memoryStore())} />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(4);
    for (const [i, name] of ["Set up", "Import", "Validate", "Crosswalk"].entries()) expect(screen.getByRole("tab", { name })).toBe(tabs[i]);
    expect(screen.getByText("Preview")).toBeTruthy();
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-setup");
  });

  it("takes further panels (the API round trip) without changing the built-in ones", () => {
    const panels = [...WORKBOOK_PANELS, { id: "settings", label: "Settings", render: () => <p>API settings</p> }];
    render(<App services={createServices(new MemoryWorkbook(), "excel", memoryStore())} panels={panels} />);
    expect(screen.queryByText("Preview")).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    expect(screen.getByRole("tabpanel").textContent).toBe("API settings");
  });
});
