import { Button, Field, SpinButton, Text } from "@fluentui/react-components";
import type { SheetGrid } from "../../../../shared/file-reader/grid";
import { usePanelStyles } from "../../components/styles";
import { ColumnMappingList } from "./ColumnMappingList";
import { KindChoice } from "./KindChoice";
import { SavedMappingBar } from "./SavedMappingBar";
import type { ImportAnalysisState } from "./use-import-analysis";

/** The analysis of the source, every choice the user can correct, and the Preview button. */
export function MappingSection({ state, onPreview }: { state: ImportAnalysisState; onPreview: () => void }) {
  const styles = usePanelStyles();
  const { engine, source, analysis, choices, choose, setMapping } = state;
  if (!engine || !source || !analysis) return null;
  return (
    <section aria-label="Mapping">
      <Text block weight="semibold">
        {source.label}
      </Text>
      <KindChoice engine={engine} analysis={analysis} onKind={(kind) => choose({ kind })} />
      <HeaderRowField grid={source.grid} headerRow={analysis.headerRow} onHeaderRow={(headerRow) => choose({ ...choices, headerRow, mapping: new Map() })} />
      <Text as="h3" weight="semibold">
        Columns
      </Text>
      <ColumnMappingList analysis={analysis} onField={setMapping} />
      <SavedMappingBar
        template={analysis.kind === "unknown" ? undefined : () => engine.template(source.grid, choices)}
        onApply={(template) => choose({ template })}
      />
      <div className={styles.row}>
        <Button appearance="primary" onClick={onPreview} disabled={analysis.kind === "unknown" || analysis.previewBlocked !== undefined}>
          Preview records
        </Button>
      </div>
    </section>
  );
}

/** The header row as Excel numbers it (the grid may start below row 1). */
function HeaderRowField({ grid, headerRow, onHeaderRow }: { grid: SheetGrid; headerRow: number; onHeaderRow: (row: number) => void }) {
  const originRow = grid.origin?.row ?? 0;
  return (
    <Field label="Header row" hint="The row holding the column names, as Excel numbers it.">
      <SpinButton
        min={1}
        max={Math.max(1, grid.values.length)}
        value={headerRow + 1 + originRow}
        onChange={(_, d) => {
          const shown = d.value ?? Number(d.displayValue);
          if (!Number.isFinite(shown)) return;
          onHeaderRow(Math.max(0, Number(shown) - 1 - originRow));
        }}
      />
    </Field>
  );
}
