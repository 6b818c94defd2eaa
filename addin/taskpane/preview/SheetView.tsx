import { Button, Caption1, Field, Input, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { MemoryWorkbook } from "../../port/memory-workbook";
import { type GridValue, isDateNumberFormat } from "../../../shared/file-reader/grid";
import { a1Address, columnLetter } from "../../port/workbook-plan";

const MAX_ROWS = 200;
const MAX_COLS = 48;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, height: "100%" },
  // Many sheets: the tabs scroll on their own instead of widening the page.
  tabs: { overflowX: "auto", flexShrink: 0, minWidth: 0 },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grid: { overflow: "auto", flex: "1 1 auto", border: `1px solid ${tokens.colorNeutralStroke2}`, outline: "none" },
  table: { borderCollapse: "collapse", fontSize: "12px", fontFamily: tokens.fontFamilyBase },
  head: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, fontWeight: 600, padding: "2px 6px", border: `1px solid ${tokens.colorNeutralStroke2}` },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, padding: "2px 6px", border: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "right" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: "2px 6px", maxWidth: "220px", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", cursor: "cell" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  link: { color: tokens.colorBrandForegroundLink, textDecorationLine: "underline", cursor: "pointer" },
});

/** The preview's stand-in for Excel's grid: sheet tabs, a formula bar to type into, and cells. */
export function SheetView({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const version = useSyncExternalStore(
    (cb) => workbook.subscribe(cb),
    () => workbook.version,
  );
  const [showHidden, setShowHidden] = useState(false);
  const names = workbook.sheetNames().filter((n) => showHidden || workbook.view(n)?.visible);
  const selected = workbook.selected;
  const [active, setActive] = useState<string>(names[0] ?? "");
  // Follow the selection when it moves to another sheet (e.g. the pane selects an issue's cell),
  // but let the user switch tabs freely otherwise.
  useEffect(() => {
    if (selected) setActive(selected.sheet);
  }, [selected]);
  useEffect(() => {
    if (!names.includes(active) && names[0]) setActive(names[0]);
  }, [active, names]);
  const view = workbook.view(active);
  const [draft, setDraft] = useState("");
  const selRaw = selected && view && selected.sheet === view.name ? (view.values[selected.row]?.[selected.column] ?? null) : null;
  const selFormat = selected ? (view?.cellFormats.get(`${selected.row},${selected.column}`) ?? (selected.row > 0 ? view?.numberFormats.get(selected.column) : undefined)) : undefined;
  const selValue: GridValue = typeof selRaw === "number" && selFormat && isDateNumberFormat(selFormat) ? { kind: "date", serial: selRaw } : selRaw;
  // Reset what the user is typing only when the selection or the cell's own value changes, not on
  // every re-render (highlights and other cells' edits bump the workbook version too).
  // Like Excel's formula bar: a cell's formula, not its result, is what one edits.
  const selFormula = selected && view && selected.sheet === view.name ? view.formulas[selected.row]?.[selected.column] : undefined;
  const selDisplay = selFormula ?? display(selValue);
  const selKey = selected ? `${selected.sheet}!${selected.row},${selected.column}` : "";
  useEffect(() => setDraft(selDisplay), [selDisplay, selKey]);

  const commit = () => {
    if (!selected) return;
    const text = draft.trim();
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    // Like Excel: a date typed into a date-formatted cell becomes a date serial.
    const value =
      text === ""
        ? null
        : /^-?\d+(\.\d+)?$/.test(text)
          ? Number(text)
          : iso && selFormat && isDateNumberFormat(selFormat)
            ? Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) / 86_400_000 + 25_569
            : draft;
    try {
      workbook.typeInto(selected, value);
    } catch (error) {
      window.alert(error instanceof Error ? error.message : String(error));
    }
  };

  // Like Excel, keep the selected cell in view (e.g. after the pane selects an issue's cell).
  const gridRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected || selected.sheet !== view?.name) return;
    const cell = gridRef.current?.querySelector(`td[data-address="${a1Address(selected.row, selected.column)}"]`);
    if (cell && "scrollIntoView" in cell) cell.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected, view?.name]);

  const onKey = (e: KeyboardEvent) => {
    if (!selected || !view) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    // Like Excel, Enter on an in-document hyperlink follows it.
    const link = e.key === "Enter" && selected.sheet === view.name ? view.links.get(`${selected.row},${selected.column}`) : undefined;
    if (link) {
      e.preventDefault();
      workbook.setSelection({ sheet: view.name, row: link.row, column: link.column });
      return;
    }
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    workbook.setSelection({ sheet: view.name, row: Math.max(0, selected.row + move[0]), column: Math.max(0, selected.column + move[1]) });
  };

  const rows = Math.min(MAX_ROWS, Math.max(view?.values.length ?? 0, 20));
  const cols = Math.min(MAX_COLS, Math.max(...(view?.values.map((r) => r.length) ?? [0]), 8));
  return (
    <section className={styles.root} aria-label="Preview workbook">
      <div className={styles.tabs}>
        <TabList size="small" selectedValue={active} onTabSelect={(_, d) => setActive(String(d.value))} aria-label="Sheets">
          {names.map((n) => (
            <Tab key={n} value={n}>
              {n}
              {workbook.view(n)?.visible ? "" : " (hidden)"}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={styles.bar}>
        <Caption1 aria-live="polite" data-testid="selected-address">
          {selected ? `${selected.sheet}!${a1Address(selected.row, selected.column)}` : "No cell selected"}
        </Caption1>
        <Field label="Cell value" style={{ flex: "1 1 240px" }}>
          <Input
            value={draft}
            disabled={!selected || view?.protected}
            onChange={(_, d) => setDraft(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") commit();
            }}
          />
        </Field>
        <Button onClick={commit} disabled={!selected || view?.protected}>
          Enter
        </Button>
        <Button appearance="subtle" onClick={() => setShowHidden(!showHidden)}>
          {showHidden ? "Hide hidden sheets" : "Show hidden sheets"}
        </Button>
      </div>
      {view?.protected && <Caption1>This sheet is protected (read-only).</Caption1>}
      {view && (view.values.length > MAX_ROWS || view.values.some((r) => r.length > MAX_COLS)) && (
        <Caption1 data-testid="truncated-view">{truncationNote(view.values.length, Math.max(...view.values.map((r) => r.length)))}</Caption1>
      )}
      <div ref={gridRef} className={styles.grid} tabIndex={0} onKeyDown={onKey} role="grid" aria-label={`Sheet ${active}`} aria-rowcount={rows + 1} aria-colcount={cols + 1}>
        <GridTable workbook={workbook} view={view} selected={selected} rows={rows} cols={cols} />
      </div>
    </section>
  );
}


type SheetViewOf = NonNullable<ReturnType<MemoryWorkbook["view"]>>;

/** "Showing rows 1–200 of 1,108": the preview draws a window of a large sheet and says so. */
export function truncationNote(rowCount: number, columnCount: number): string {
  const rows = rowCount > MAX_ROWS ? `rows 1–${MAX_ROWS.toLocaleString("en-US")} of ${rowCount.toLocaleString("en-US")}` : undefined;
  const cols = columnCount > MAX_COLS ? `columns A–${columnLetter(MAX_COLS - 1)} of ${columnCount.toLocaleString("en-US")}` : undefined;
  return `Showing ${[rows, cols].filter(Boolean).join(" and ")} (the whole sheet is in the workbook).`;
}

/** The cells: headers, fills, bold, notes, links, the selection; a click selects, or follows a link as Excel does. */
function GridTable({ workbook, view, selected, rows, cols }: { workbook: MemoryWorkbook; view: SheetViewOf | undefined; selected: MemoryWorkbook["selected"]; rows: number; cols: number }) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <thead>
        <tr role="row">
          <th className={styles.head} />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} className={styles.head} scope="col" role="columnheader">
              {columnLetter(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r} role="row">
            <th className={styles.rowHead} scope="row" role="rowheader">
              {r + 1}
            </th>
            {Array.from({ length: cols }, (_, c) => {
              const isSel = selected?.sheet === view?.name && selected?.row === r && selected?.column === c;
              const fill = view?.fills.get(`${r},${c}`);
              const raw = view?.values[r]?.[c] ?? null;
              const format = view?.cellFormats.get(`${r},${c}`) ?? (r > 0 ? view?.numberFormats.get(c) : undefined);
              const v: GridValue = typeof raw === "number" && format && isDateNumberFormat(format) ? { kind: "date", serial: raw } : raw;
              const bold = (r === 0 && (view?.tables.length ?? 0) > 0) || view?.bold.has(`${r},${c}`) === true;
              const link = view?.links.get(`${r},${c}`);
              return (
                <td
                  key={c}
                  role="gridcell"
                  aria-selected={isSel}
                  data-address={a1Address(r, c)}
                  className={`${styles.cell} ${isSel ? styles.selected : ""} ${link ? styles.link : ""}`}
                  style={{ ...(fill ? { backgroundColor: fill } : {}), ...(bold ? { fontWeight: 600 } : {}) }}
                  title={view?.notes.get(`${r},${c}`) ?? (link ? `${display(v)} — go to ${a1Address(link.row, link.column)}` : display(v))}
                  onClick={() => view && workbook.setSelection({ sheet: view.name, row: link?.row ?? r, column: link?.column ?? c })}
                >
                  {display(v)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function display(v: GridValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.kind === "date" ? serialToIso(v.serial) : v.code;
  return String(v);
}

function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}
