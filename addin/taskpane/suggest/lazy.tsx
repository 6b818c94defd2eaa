/**
 * The suggestion feature's entry points for the pane shell and Validate, loaded on first use
 * so the pane's first paint carries none of it.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";

const Panel = lazy(() => import("./SuggestPanel").then((m) => ({ default: m.SuggestPanel })));
const ForRecord = lazy(() => import("./RecordSuggestions").then((m) => ({ default: m.RecordSuggestions })));

export function LazySuggestPanel() {
  return (
    <Suspense fallback={<Spinner size="small" label="Loading…" style={{ padding: 16 }} />}>
      <Panel />
    </Suspense>
  );
}

/** Suggestions for the record on one sheet row (Validate's "Suggest references" on a note). */
export function LazyRecordSuggestions(props: { sheet: string; row: number }) {
  return (
    <Suspense fallback={<Spinner size="tiny" label="Loading suggestions…" />}>
      <ForRecord {...props} />
    </Suspense>
  );
}
