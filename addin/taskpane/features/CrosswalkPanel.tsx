import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { FrameworkId } from "../../../shared/catalog/framework";
import { a1Address } from "../../port/workbook-plan";
import type { SelectionInfo } from "../../port/workbook-port";
import type { LookupResult } from "../../services/crosswalk-lookup";
import type { WorkbookLayout } from "../../setup/workbook-layout";
import { referenceColumns } from "../../setup/workbook-layout";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import { useOperation } from "../components/use-operation";
import { type CrosswalkModule, useServices } from "../services";
import { mergeRefs } from "./merge-refs";

export function CrosswalkPanel() {
  const styles = usePanelStyles();
  const { port, crosswalk, layout } = useServices();
  const [text, setText] = useState("");
  // Text taken from a selected cell that is not an id is no mistake of the user's: said quietly.
  const [fromSelection, setFromSelection] = useState(false);
  const [transitive, setTransitive] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [module, setModule] = useState<CrosswalkModule | undefined>();
  const [wbLayout, setWbLayout] = useState<WorkbookLayout | undefined>();
  const [inserted, setInserted] = useState<string | undefined>();
  const insert = useOperation<void>();
  const load = useOperation<void>();

  useEffect(() => {
    void load.run(async () => {
      const [m, l] = await Promise.all([crosswalk(), layout()]);
      setModule(m);
      setWbLayout(l);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { selection, readSelection } = useSelection(port, (value) => {
    setText(value);
    setFromSelection(true);
  }, () => setInserted(undefined));

  const columnFramework = useMemo(() => {
    if (!selection?.table || !wbLayout) return undefined;
    const refs = referenceColumns(wbLayout, selection.table.name);
    for (const [framework, header] of refs) if (header.toLowerCase() === selection.table.header.toLowerCase()) return framework;
    return undefined;
  }, [selection, wbLayout]);

  const result: LookupResult | undefined = useMemo(() => {
    if (!module || text.trim() === "") return undefined;
    const first = text.split(/[,;\n]/)[0]?.trim() ?? "";
    return module.lookupCell(first, { transitive, ...(columnFramework ? { framework: columnFramework } : {}) });
  }, [module, text, transitive, columnFramework]);

  useEffect(() => setChosen(new Set()), [result]);

  const targetColumns = useMemo(() => {
    if (!selection?.table || !wbLayout) return new Map<FrameworkId, string>();
    return referenceColumns(wbLayout, selection.table.name);
  }, [selection, wbLayout]);

  const doInsert = () =>
    insert.run(async () => {
      if (!selection?.table || !result?.ok) return;
      const table = selection.table;
      const updates = [];
      let count = 0;
      for (const group of result.groups) {
        const header = targetColumns.get(group.framework);
        if (!header) continue;
        const refs = group.targets.filter((t) => chosen.has(t.id)).map((t) => t.ref);
        if (refs.length === 0) continue;
        const index = table.headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
        if (index < 0) continue;
        const column = selection.column - table.headers.findIndex((h) => h === table.header) + index;
        const merged = mergeRefs(table.rowValues[index] ?? null, refs);
        count += merged.added;
        updates.push({ sheet: selection.sheet, row: selection.row, column, value: merged.value });
      }
      if (updates.length === 0) throw new Error("None of the chosen items has a reference column in this row's table.");
      await port.updateCells(updates);
      await readSelection(true);
      setInserted(`Inserted ${count} reference(s) into row ${selection.row + 1}.`);
    });

  const insertable = result?.ok === true && selection?.table !== undefined && [...chosen].length > 0;

  return (
    <section className={styles.panel} aria-labelledby="crosswalk-heading">
      <Text as="h2" id="crosswalk-heading" weight="semibold" size={400}>
        Crosswalk
      </Text>
      <Field label="Framework id" hint="Select a cell with an id, or type one (GV-1.1, A.6.2.4, AC-2, 6.1.2).">
        <Input
          value={text}
          onChange={(_, d) => {
            setText(d.value);
            setFromSelection(false);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void readSelection()}>Use selected cell</Button>
        <Switch label="Indirect mappings too" checked={transitive} onChange={(_, d) => setTransitive(d.checked)} />
      </div>
      <OperationStatus running={load.running} progress={load.progress} error={load.error} label="Loading the crosswalk" />
      {selection && (
        <Caption1 className={styles.muted}>
          Selected: {selection.sheet}!{a1Address(selection.row, selection.column)}
          {selection.table ? ` (table ${selection.table.name}, column “${selection.table.header}”)` : ""}
        </Caption1>
      )}
      {result && !result.ok && fromSelection && result.suggestions.length === 0 ? (
        <Caption1 className={styles.muted}>The selected cell holds no framework id: select one, or type an id above.</Caption1>
      ) : (
        result && <LookupResultView result={result} module={module} chosen={chosen} setChosen={setChosen} onUse={setText} />
      )}
      {result?.ok && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={!insertable || insert.running} onClick={() => void doInsert()}>
            Insert into row
          </Button>
          {!selection?.table && <Caption1 className={styles.muted}>Select a row of a Crosswalk table to insert.</Caption1>}
        </div>
      )}
      <OperationStatus running={insert.running} progress={insert.progress} error={insert.error} label="Insert" />
      {inserted && (
        <MessageBar intent="success">
          <MessageBarBody>{inserted}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The lookup's answer: a warning with near misses, or the mapped items to choose, by framework. */
function LookupResultView({
  result,
  module,
  chosen,
  setChosen,
  onUse,
}: {
  result: LookupResult;
  module: CrosswalkModule | undefined;
  chosen: ReadonlySet<string>;
  setChosen: (next: ReadonlySet<string>) => void;
  onUse: (id: string) => void;
}) {
  const styles = usePanelStyles();
  return (
    <>
      {!result.ok && (
        <MessageBar intent="warning">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      )}
      {!result.ok && result.suggestions.length > 0 && (
        <div className={styles.row} role="group" aria-label="Suggested ids">
          {result.suggestions.slice(0, 4).map((id) => (
            <Button key={id} size="small" onClick={() => onUse(id)}>
              {`Use ${id}`}
            </Button>
          ))}
        </div>
      )}
      {result.ok && (
        <div aria-live="polite">
          <Text block weight="semibold">
            {result.ref} — {result.title}
          </Text>
          {result.correction && <Caption1 block>{result.correction}</Caption1>}
          {result.groups.length === 0 && <Text block>The shipped crosswalk maps this item to nothing, directly or through another framework.</Text>}
          {result.groups.map((g) => (
            <fieldset key={g.framework} style={{ border: "none", margin: 0, padding: 0 }}>
              <legend>
                <Text weight="semibold">
                  {g.frameworkName} ({g.targets.length})
                </Text>
                {g.through && <Caption1 className={styles.muted}>{` through ${g.through}`}</Caption1>}
              </legend>
              <ul className={styles.list}>
                {g.targets.map((t) => (
                  <li key={t.id} className={styles.item}>
                    <Checkbox
                      label={`${t.ref} — ${t.title}`}
                      checked={chosen.has(t.id)}
                      onChange={(_, d) => {
                        const next = new Set(chosen);
                        if (d.checked) next.add(t.id);
                        else next.delete(t.id);
                        setChosen(next);
                      }}
                    />
                    <span className={styles.row}>
                      <Badge appearance="outline">{t.relationship}</Badge>
                      <Caption1 className={styles.muted}>{module?.sourceTitle(t.source)}</Caption1>
                    </span>
                    {t.path.length > 2 && <Caption1 className={styles.muted}>via {t.path.join(" → ")}</Caption1>}
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
      )}
    </>
  );
}

/**
 * The selected cell, kept current as the user moves: its value goes to `onValue` when it holds
 * one; `onMoved` hears every move the user makes (not a re-read after an insert).
 */
function useSelection(port: ReturnType<typeof useServices>["port"], onValue: (value: string) => void, onMoved: () => void) {
  const [selection, setSelection] = useState<SelectionInfo | undefined>();
  const readSelection = useCallback(
    async (keepMessage = false) => {
      try {
        const sel = await port.readSelection();
        setSelection(sel);
        if (sel && sel.value !== null && sel.value !== "") onValue(String(sel.value));
        if (!keepMessage) onMoved();
      } catch {
        // selection reads fail while Excel is in cell-edit mode; the next change retries
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [port],
  );

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let live = true;
    void readSelection();
    void port
      .onSelectionChanged(() => void readSelection())
      .then((u) => {
        if (live) unsubscribe = u;
        else u();
      })
      .catch(() => undefined);
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [port, readSelection]);
  return { selection, readSelection };
}
