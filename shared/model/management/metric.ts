import * as z from "zod";
import { CellValue, Extra, IsoDate, RecordId, Text } from "../primitives";
import { AiRmfRefs, Iso42001Refs } from "../refs";

export const METRIC_STATUSES = ["on-target", "off-target", "no-data"] as const;
export const MetricStatus = z.enum(METRIC_STATUSES);
export type MetricStatus = z.infer<typeof MetricStatus>;

/** A monitored measure of AI system or management-system performance (ISO/IEC 42001 9.1; AI RMF MEASURE). */
export const Metric = z.object({
  id: RecordId,
  name: Text.optional(),
  description: Text.optional(),
  /** Id of the AI system measured, if it concerns one. */
  aiSystem: RecordId.optional(),
  owner: Text.optional(),
  unit: Text.optional(),
  /** e.g. "monthly", "per release". */
  frequency: Text.optional(),
  target: Text.optional(),
  threshold: Text.optional(),
  lastValue: CellValue.optional(),
  lastMeasured: IsoDate.optional(),
  status: MetricStatus.optional(),
  aiRmfRefs: AiRmfRefs.optional(),
  iso42001Refs: Iso42001Refs.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type Metric = z.infer<typeof Metric>;
