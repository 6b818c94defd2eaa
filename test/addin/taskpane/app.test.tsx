// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { memoryStore } from "../../../addin/services/key-value-store";
import { App, WORKBOOK_PANELS } from "../../../addin/taskpane/App";
import { createServices } from "../../../addin/taskpane/create-services";
import "./render-pane";

afterEach(cleanup);

describe("task pane shell", () => {
  it("opens on Start and shows the workbook features as labelled tabs, and says when it runs in preview", () => {
    render(<App services={createServices(new MemoryWorkbook(), "preview", memoryStore())} />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(6);
    for (const [i, name] of ["Start", "Set up", "Import", "Validate", "Crosswalk", "Suggest"].entries()) expect(screen.getByRole("tab", { name })).toBe(tabs[i]);
    expect(screen.getByText("Preview")).toBeTruthy();
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-start");
  });

  it("takes further panels (the API round trip) without changing the built-in ones", () => {
    const panels = [...WORKBOOK_PANELS, { id: "settings", label: "Settings", render: () => <p>API settings</p> }];
    render(<App services={createServices(new MemoryWorkbook(), "excel", memoryStore())} panels={panels} />);
    expect(screen.queryByText("Preview")).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    expect(screen.getByRole("tabpanel").textContent).toBe("API settings");
  });

  it("Start says what to do next and opens that step's panel", async () => {
    render(<App services={createServices(new MemoryWorkbook(), "preview", memoryStore())} />);
    expect((await screen.findByText("Next: set up the workbook.")).textContent).toBeTruthy();
    const steps = screen.getByRole("list", { name: "Workflow" });
    expect(within(steps).getAllByRole("listitem")).toHaveLength(6);
    fireEvent.click(within(steps).getByRole("button", { name: "Open: Set up the workbook" }));
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-setup");
    expect(screen.getByRole("heading", { name: "Set up workbook" })).toBeTruthy();
  });
});
