import {
  Badge,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  SpinButton,
  Text,
} from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { SheetGrid } from "../../../shared/file-reader/grid";
import type { SheetInfo, WriteMode, WriteRecordsReport } from "../../port/workbook-port";
import type { ImportAnalysis, ImportChoices, ImportEngine, ImportPreview } from "../../services/import-engine";
import { ACCEPTED_FILES } from "../../services/file-types";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import { useOperation } from "../components/use-operation";
import { useServices } from "../services";
import { ImportSuggestions, useImportSuggestions } from "../suggest/ImportSuggestions";
import { type IdOverlap, idOverlap } from "./existing-ids";
import { type SavedMapping, loadMappings, saveMapping } from "./saved-mappings";

type Source = { readonly from: "sheet" | "file"; readonly label: string; readonly grid: SheetGrid };

const IGNORE = "__ignore__";

export function ImportPanel() {
  const styles = usePanelStyles();
  const services = useServices();
  const { port, store } = services;
  const [from, setFrom] = useState<"sheet" | "file">("sheet");
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  const [sheetName, setSheetName] = useState<string>("");
  const [fileGrids, setFileGrids] = useState<{ fileName: string; sheets: readonly SheetGrid[] } | undefined>();
  const [fileSheet, setFileSheet] = useState<string>("");
  const [source, setSource] = useState<Source | undefined>();
  const [engine, setEngine] = useState<ImportEngine | undefined>();
  const [choices, setChoices] = useState<ImportChoices>({});
  const [preview, setPreview] = useState<ImportPreview | undefined>();
  const [mode, setMode] = useState<WriteMode>("append");
  // The preview last written: the same preview again is not offered for writing (no duplicates).
  const [writtenFor, setWrittenFor] = useState<ImportPreview | undefined>();
  const [overlap, setOverlap] = useState<IdOverlap | undefined>();
  const [saved, setSaved] = useState<SavedMapping[]>(() => loadMappings(store));
  const [saveName, setSaveName] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const reading = useOperation<void>();
  const analysing = useOperation<void>();
  const writing = useOperation<WriteRecordsReport>();
  const suggested = useImportSuggestions(preview);

  useEffect(() => {
    void reading.run(async () => {
      const info = await port.inspect();
      const candidates = info.sheets.filter((s) => s.visible && s.crosswalkKind === undefined);
      setSheets(candidates);
      if (candidates[0]) setSheetName((current) => current || (candidates[0]?.name ?? ""));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const [analysis, analysisError]: [ImportAnalysis | undefined, string | undefined] = useMemo(() => {
    if (!engine || !source) return [undefined, undefined];
    try {
      return [engine.analyse(source.grid, choices), undefined];
    } catch (error) {
      return [undefined, error instanceof Error ? error.message : String(error)];
    }
  }, [engine, source, choices]);

  const chooseSource = () =>
    analysing.run(async () => {
      setPreview(undefined);
      writing.reset();
      let grid: SheetGrid | undefined;
      let label = "";
      if (from === "sheet") {
        if (!sheetName) throw new Error("Choose a sheet to import.");
        grid = await port.readSheet(sheetName);
        label = `sheet “${sheetName}”`;
      } else {
        grid = fileGrids?.sheets.find((s) => s.name === fileSheet);
        if (!grid || !fileGrids) throw new Error("Choose a file and one of its sheets.");
        label = `“${fileGrids.fileName}”, sheet “${grid.name}”`;
      }
      const e = engine ?? (await services.importer());
      setEngine(e);
      setChoices({});
      setSource({ from, label, grid });
    });

  const onFile = (file: File | undefined) =>
    void reading.run(async () => {
      if (!file) return;
      const read = await services.readFile(file);
      const visible = read.sheets.filter((s) => !s.hidden && s.values.length > 0);
      if (visible.length === 0) throw new Error(`“${file.name}” has no sheet with data.`);
      setFileGrids({ fileName: read.fileName, sheets: visible });
      setFileSheet(pickLikelySheet(visible));
    });

  const makePreview = () =>
    analysing.run(async () => {
      if (!engine || !source || !analysis) return;
      setPreview(engine.preview(source.grid, { ...choices, kind: analysis.kind, headerRow: analysis.headerRow }));
    });

  useEffect(() => {
    setOverlap(undefined);
    if (!preview) return;
    let current = true;
    idOverlap(port, preview).then(
      (found) => {
        if (!current) return;
        setOverlap(found);
        // Ids already there: merging is the choice that adds no duplicates, so it is offered first.
        setMode(found && found.present > 0 ? "merge" : (m) => (m === "merge" ? "append" : m));
      },
      // Without the count the write still works; the port reports a missing table when writing.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [port, preview]);

  const write = () =>
    writing.run(async (progress) => {
      if (!preview) throw new Error("Preview the records first.");
      if (mode === "merge" && !overlap) throw new Error("Merging by id needs the table's id column among the records' columns.");
      const rows = suggested.toWrite(preview);
      const taken = mode === "replace" ? (await port.inspect()).sheets.map((sh) => sh.name) : [];
      const backupSheet = backupSheetName(preview.sheet, services.now(), taken);
      return port.writeRecords(
        {
          table: preview.table,
          columns: rows.columns,
          rows: rows.rows,
          mode,
          ...(mode === "replace" ? { backupSheet } : {}),
          ...(mode === "merge" && overlap ? { idColumn: overlap.idColumn } : {}),
          ...(preview.calculated ? { calculated: preview.calculated } : {}),
        },
        progress,
      ).then((report) => {
        setWrittenFor(preview);
        return report;
      });
    });
  const written = writtenFor !== undefined && writtenFor === preview;

  const setMapping = (column: number, field: string | null) => {
    const mapping = new Map(choices.mapping ?? []);
    mapping.set(column, field);
    setChoices({ ...choices, mapping });
    setPreview(undefined);
  };

  return (
    <section className={styles.panel} aria-labelledby="import-heading">
      <Text as="h2" id="import-heading" weight="semibold" size={400}>
        Import
      </Text>
      <Text className={styles.muted}>
        Bring an existing register, SoA, inventory or profile into the Crosswalk sheets. The source is only read, never changed.
      </Text>

      <RadioGroup value={from} onChange={(_, d) => setFrom(d.value as "sheet" | "file")} aria-label="Import from" layout="horizontal">
        <Radio value="sheet" label="A sheet in this workbook" />
        <Radio value="file" label="A file" />
      </RadioGroup>

      {from === "sheet" ? (
        <Field label="Sheet" hint={sheets.length === 0 ? "No sheets besides Crosswalk's own." : undefined}>
          <Dropdown
            value={sheetName}
            selectedOptions={sheetName ? [sheetName] : []}
            onOptionSelect={(_, d) => setSheetName(d.optionValue ?? "")}
            placeholder="Choose a sheet"
          >
            {sheets.map((s) => (
              <Option key={s.name} value={s.name}>
                {s.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : (
        <>
          <Field label="File (.xlsx, .xls, .csv)">
            <div className={styles.row}>
              <input
                id={fileInputId}
                ref={fileInput}
                type="file"
                accept={ACCEPTED_FILES}
                aria-label="Choose a file to import"
                onChange={(e) => onFile(e.target.files?.[0])}
                style={{ maxWidth: "100%" }}
              />
            </div>
          </Field>
          {fileGrids && (
            <Field label="Sheet in the file">
              <Dropdown value={fileSheet} selectedOptions={[fileSheet]} onOptionSelect={(_, d) => setFileSheet(d.optionValue ?? "")}>
                {fileGrids.sheets.map((s) => (
                  <Option key={s.name} value={s.name}>
                    {s.name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
        </>
      )}
      <OperationStatus running={reading.running} progress={reading.progress} error={reading.error} label="Reading" />
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void chooseSource()} disabled={analysing.running || reading.running}>
          Analyse
        </Button>
      </div>
      <OperationStatus running={analysing.running} progress={analysing.progress} error={analysing.error ?? analysisError} label="Analysis" />

      {source && analysis && engine && (
        <section aria-label="Mapping">
          <Text block weight="semibold">
            {source.label}
          </Text>
          {analysis.kind === "unknown" && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {analysis.explanation ?? "This sheet was not recognised."} Choose what it holds to map it by hand.
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            <Field label="Detected kind">
              <Dropdown
                placeholder="Choose what the sheet holds"
                value={engine.kinds.find((k) => k.kind === analysis.kind)?.label ?? ""}
                selectedOptions={analysis.kind === "unknown" ? [] : [analysis.kind]}
                onOptionSelect={(_, d) => {
                  setChoices({ kind: d.optionValue ?? analysis.kind });
                  setPreview(undefined);
                }}
              >
                {engine.kinds.map((k) => (
                  <Option key={k.kind} value={k.kind}>
                    {k.label}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Badge appearance="tint" color={confidenceColor(analysis.kindConfidence)}>
              {Math.round(analysis.kindConfidence * 100)}% sure
            </Badge>
          </div>
          {analysis.explanation && analysis.kind !== "unknown" && <Caption1 block>{analysis.explanation}</Caption1>}
          <Field label="Header row" hint="The row holding the column names, as Excel numbers it.">
            <SpinButton
              min={1}
              max={Math.max(1, source.grid.values.length)}
              value={analysis.headerRow + 1 + (source.grid.origin?.row ?? 0)}
              onChange={(_, d) => {
                const shown = d.value ?? Number(d.displayValue);
                if (!Number.isFinite(shown)) return;
                setChoices({ ...choices, headerRow: Math.max(0, Number(shown) - 1 - (source.grid.origin?.row ?? 0)), mapping: new Map() });
                setPreview(undefined);
              }}
            />
          </Field>
          <Text as="h3" weight="semibold">
            Columns
          </Text>
          <ul className={styles.list} aria-label="Column mapping">
            {analysis.columns
              .filter((c) => c.header.trim() !== "")
              .map((c) => (
                <li key={c.column} className={styles.item}>
                  <Field label={c.header.replace(/\s+/g, " ")}>
                    <div className={styles.row}>
                      <Dropdown
                        aria-label={`Field for column ${c.header.replace(/\s+/g, " ")}`}
                        value={c.field ? (analysis.fields.find((f) => f.name === c.field)?.label ?? c.field) : "Ignore"}
                        selectedOptions={[c.field ?? IGNORE]}
                        onOptionSelect={(_, d) => setMapping(c.column, d.optionValue === IGNORE ? null : (d.optionValue ?? null))}
                        style={{ minWidth: 0, flex: "1 1 140px" }}
                      >
                        <Option value={IGNORE}>Ignore</Option>
                        {analysis.fields.map((f) => (
                          <Option key={f.name} value={f.name}>
                            {f.label}
                          </Option>
                        ))}
                      </Dropdown>
                      {c.field && (
                        <Badge appearance="outline" color={confidenceColor(c.confidence)}>
                          {Math.round(c.confidence * 100)}%
                        </Badge>
                      )}
                    </div>
                  </Field>
                </li>
              ))}
          </ul>
          <div className={styles.row}>
            <Field label="Save this mapping as">
              <Input value={saveName} onChange={(_, d) => setSaveName(d.value)} />
            </Field>
            <Button
              disabled={saveName.trim() === "" || analysis.kind === "unknown"}
              onClick={() => {
                const template = engine.template(source.grid, choices);
                if (template) setSaved(saveMapping(store, saveName.trim(), template));
              }}
            >
              Save mapping
            </Button>
          </div>
          {saved.length > 0 && (
            <Field label="Use a saved mapping">
              <Dropdown
                placeholder="Choose a saved mapping"
                onOptionSelect={(_, d) => {
                  const m = saved.find((s) => s.name === d.optionValue);
                  if (m) setChoices({ template: m.template });
                  setPreview(undefined);
                }}
              >
                {saved.map((m) => (
                  <Option key={m.name} value={m.name}>
                    {m.name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void makePreview()} disabled={analysis.kind === "unknown"}>
              Preview records
            </Button>
          </div>
        </section>
      )}

      {preview && <PreviewView preview={preview} />}

      {preview && (
        <section aria-label="Write">
          {overlap && overlap.present > 0 && (
            <Text block>{`${overlap.present} of these ${overlap.total} ids are already in ${overlap.sheet}.`}</Text>
          )}
          <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as WriteMode)} aria-label="How to write">
            {overlap && overlap.present > 0 && (
              <Radio value="merge" label={`Merge by ${overlap.idColumn}: update the ${overlap.present} rows already there (only the columns imported), append the rest`} />
            )}
            <Radio value="append" label={overlap && overlap.present > 0 ? `Append all to ${preview.sheet} (the ${overlap.present} ids twice)` : `Append to ${preview.sheet}`} />
            <Radio value="replace" label={`Replace the rows of ${preview.sheet} (a copy of them is kept in a new sheet)`} />
          </RadioGroup>
          <ImportSuggestions state={suggested} />
          <Button appearance="primary" disabled={writing.running || written || preview.rows.length === 0 || suggested.pending} onClick={() => void write()}>
            {`Write ${preview.rows.length} records`}
          </Button>
        </section>
      )}
      <OperationStatus running={writing.running} progress={writing.progress} error={writing.error} label="Writing" />
      {writing.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {writing.result.rowsUpdated !== undefined
              ? `Updated ${writing.result.rowsUpdated} and added ${writing.result.rowsWritten - writing.result.rowsUpdated} records in ${writing.result.sheet}`
              : `Wrote ${writing.result.rowsWritten} records to ${writing.result.sheet}`}
            {writing.result.backupSheet ? `; the ${writing.result.rowsReplaced} replaced rows are in “${writing.result.backupSheet}”.` : "."}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function PreviewView({ preview }: { preview: ImportPreview }) {
  const styles = usePanelStyles();
  const shown = preview.columns.slice(0, 4);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of preview.issues) counts[i.severity]++;
  return (
    <section aria-label="Preview">
      <Text block weight="semibold">
        {`${preview.rows.length} records for ${preview.sheet}`}
        {preview.skipped > 0 ? `, ${preview.skipped} rows skipped` : ""}
      </Text>
      <div className={styles.row}>
        <Badge color="danger">{`${counts.error} errors`}</Badge>
        <Badge color="warning">{`${counts.warning} warnings`}</Badge>
        <Badge color="informative">{`${counts.info} notes`}</Badge>
      </div>
      <div className={styles.scroll}>
        <table style={{ borderCollapse: "collapse", fontSize: 12 }}>
          <caption style={{ textAlign: "left" }}>First records</caption>
          <thead>
            <tr>
              {shown.map((c) => (
                <th key={c} scope="col" style={{ textAlign: "left", padding: 2 }}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, 10).map((r, i) => (
              <tr key={i}>
                {shown.map((_, c) => (
                  <td key={c} style={{ padding: 2, verticalAlign: "top", maxWidth: 120, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
                    {r[c] === null ? "" : String(r[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.issues.length > 0 && (
        <ul className={styles.list} aria-label="Import issues">
          {preview.issues.slice(0, 50).map((i, n) => (
            <li key={n} className={styles.item}>
              <Text size={200}>
                <Badge size="small" color={i.severity === "error" ? "danger" : i.severity === "warning" ? "warning" : "informative"}>
                  {i.severity}
                </Badge>{" "}
                {i.cell}: {i.message}
              </Text>
            </li>
          ))}
          {preview.issues.length > 50 && <Caption1>{`…and ${preview.issues.length - 50} more`}</Caption1>}
        </ul>
      )}
    </section>
  );
}

/** "Risk Register 20260301-0930", unique among `taken`, within Excel's 31 characters. */
export function backupSheetName(sheet: string, now: Date, taken: readonly string[]): string {
  const iso = now.toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 16).replace(":", "")}`;
  const base = `${sheet.slice(0, 31 - stamp.length - 5).trim()} ${stamp}`;
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function confidenceColor(c: number): "success" | "warning" | "danger" {
  return c >= 0.75 ? "success" : c >= 0.4 ? "warning" : "danger";
}

/** The sheet with the most filled cells: a README first sheet should not be the default. */
function pickLikelySheet(sheets: readonly SheetGrid[]): string {
  let best = sheets[0];
  let bestCount = -1;
  for (const s of sheets) {
    let n = 0;
    for (const row of s.values) for (const v of row) if (v !== null && v !== "") n++;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best?.name ?? "";
}
