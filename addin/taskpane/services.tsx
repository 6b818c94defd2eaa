/**
 * What the pane's features are given: the workbook port and the services around it. The pane
 * never reaches for Office globals; main.tsx decides what goes in here (Excel or preview).
 * Heavy parts (catalogs, crosswalk, SheetJS, importer) are behind functions returning promises
 * so they load on first use, not with the pane.
 */
import { createContext, useContext } from "react";
import type { WorkbookPort } from "../port/workbook-port";
import type { FetchLike } from "../../shared/api/client";
import type { LocalApiConfig } from "../services/api-settings";
import type { WorkbookPlan } from "../port/workbook-plan";
import type { RiskMatrix } from "../../shared/scoring/matrix";
import type { KeyValueStore } from "../services/key-value-store";
import type { WorkbookLayout } from "../setup/workbook-layout";
import type { ImportEngine } from "../services/import-engine";
import type { FileSheets } from "../services/read-file";
import type { Validator } from "../services/validator";

export type CrosswalkModule = typeof import("../services/crosswalk-lookup");
export type SetupModule = typeof import("../setup/workbook-matrix");

export interface PaneServices {
  readonly mode: "excel" | "preview";
  readonly port: WorkbookPort;
  readonly layout: () => Promise<WorkbookLayout>;
  /** The set-up plan on a risk matrix (5×5 when none is given). */
  readonly plan: (matrix?: RiskMatrix) => Promise<WorkbookPlan>;
  /** Finding the workbook's matrix and planning set-up on it (with the catalogs and the crosswalk). */
  readonly setup: () => Promise<SetupModule>;
  readonly crosswalk: () => Promise<CrosswalkModule>;
  readonly readFile: (file: File) => Promise<FileSheets>;
  /** The import engine for a workbook on `matrix` (its ratings' bands); the default matrix without one. */
  readonly importer: (matrix?: RiskMatrix) => Promise<ImportEngine>;
  readonly validator: () => Promise<Validator>;
  readonly store: KeyValueStore;
  readonly now: () => Date;
  /** How the pane talks to the API (the browser's fetch; a fake in tests). */
  readonly fetch: FetchLike;
  /** Runs `task` after `ms` (retries of a waiting push); returns a cancel function. */
  readonly schedule: (task: () => void, ms: number) => () => void;
  /** The local API's URL and key, when the pane is served by `npm start` (preview only). */
  readonly localApiConfig: () => Promise<LocalApiConfig | undefined>;
}

const ServicesContext = createContext<PaneServices | undefined>(undefined);

export const ServicesProvider = ServicesContext.Provider;

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices outside ServicesProvider");
  return services;
}
