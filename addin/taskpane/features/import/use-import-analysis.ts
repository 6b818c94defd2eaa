/**
 * The import's analysis: the engine's reading of the source under the user's choices (kind,
 * header row, column fields, a saved mapping), and the preview made from it. Any change of choice
 * drops the preview, so what is written is always what was last previewed.
 */
import { useMemo, useState } from "react";
import type { ImportAnalysis, ImportChoices, ImportEngine, ImportPreview } from "../../../services/import-engine";
import type { ImportSource } from "./use-import-source";

export function useImportAnalysis() {
  const [engine, setEngine] = useState<ImportEngine | undefined>();
  const [source, setSource] = useState<ImportSource | undefined>();
  const [choices, setChoices] = useState<ImportChoices>({});
  const [preview, setPreview] = useState<ImportPreview | undefined>();

  const [analysis, analysisError]: [ImportAnalysis | undefined, string | undefined] = useMemo(() => {
    if (!engine || !source) return [undefined, undefined];
    try {
      return [engine.analyse(source.grid, choices), undefined];
    } catch (error) {
      return [undefined, error instanceof Error ? error.message : String(error)];
    }
  }, [engine, source, choices]);

  /** A new source to analyse from scratch. */
  const start = (nextEngine: ImportEngine, nextSource: ImportSource) => {
    setPreview(undefined);
    setEngine(nextEngine);
    setChoices({});
    setSource(nextSource);
  };

  const choose = (next: ImportChoices) => {
    setChoices(next);
    setPreview(undefined);
  };

  const setMapping = (column: number, field: string | null) => {
    const mapping = new Map(choices.mapping ?? []);
    mapping.set(column, field);
    choose({ ...choices, mapping });
  };

  const makePreview = () => {
    if (!engine || !source || !analysis) return;
    setPreview(engine.preview(source.grid, { ...choices, kind: analysis.kind, headerRow: analysis.headerRow }));
  };

  return { engine, source, choices, analysis, analysisError, preview, start, choose, setMapping, makePreview };
}

export type ImportAnalysisState = ReturnType<typeof useImportAnalysis>;
