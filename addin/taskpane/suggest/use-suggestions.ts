import { useCallback, useEffect, useState } from "react";
import type { SuggestionDecision } from "../../../shared/suggest/decide";
import { useOperation } from "../components/use-operation";
import { useServices } from "../services";
import type { DecisionsWritten, SuggestRequest, SuggestResult } from "./sheet-suggestions";

/** The engine and the sheet I/O around it, loaded on first use (not with the pane). */
export const loadSheetSuggestions = () => import("./sheet-suggestions");

const ACCEPTED_BY_KEY = "suggest.acceptedBy";

/**
 * Who accepted, for *Suggestions Accepted By*: what the user typed last, else the API key's name
 * (the author Push records) once the pane is connected — asked only while `needed`, so a panel
 * that may never suggest loads nothing and calls no API.
 */
export function useAcceptedBy(needed = true): readonly [string, (name: string) => void] {
  const { store, fetch } = useServices();
  const [name, setName] = useState(() => store.get(ACCEPTED_BY_KEY) ?? "");
  useEffect(() => {
    if (!needed || name !== "") return;
    let live = true;
    void loadSheetSuggestions()
      .then((m) => m.apiUserName(store, fetch))
      .then((found) => {
        if (live && found) setName((current) => current || found);
      });
    return () => {
      live = false;
    };
    // Asked once when first needed without a name.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needed]);
  const change = useCallback(
    (next: string) => {
      setName(next);
      store.set(ACCEPTED_BY_KEY, next.trim());
    },
    [store],
  );
  return [name, change] as const;
}

/**
 * Suggesting on the open workbook and writing decisions: after each write the suggestions are
 * read again, so an accepted or rejected one is gone and the list is what the sheets now say.
 */
export function useSheetSuggestions() {
  const { port } = useServices();
  const suggesting = useOperation<SuggestResult>();
  const deciding = useOperation<DecisionsWritten>();
  const [request, setRequest] = useState<SuggestRequest | undefined>();

  const suggest = useCallback(
    (next: SuggestRequest) => {
      setRequest(next);
      return suggesting.run(async () => (await loadSheetSuggestions()).suggestOnSheets(port, next));
    },
    [port, suggesting.run],
  );

  const decide = useCallback(
    async (decisions: readonly SuggestionDecision[], by: string) => {
      const written = await deciding.run(async () => (await loadSheetSuggestions()).writeDecisions(port, decisions, by.trim() === "" ? undefined : by));
      if (written && request) await suggest(request);
      return written;
    },
    [port, deciding.run, request, suggest],
  );

  return { suggesting, deciding, suggest, decide };
}
