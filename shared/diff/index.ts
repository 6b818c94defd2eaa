export { compareKeys } from "./compare-keys";
export { countRecords, totalRecords, type RecordCounts } from "./count-records";
export {
  diffSnapshots,
  isEmptyDiff,
  type CollectionDiff,
  type CollectionDiffs,
  type FieldChange,
  type KeyedRecord,
  type ModifiedRecord,
  type SnapshotDiff,
} from "./diff-snapshots";
export { jsonEqual } from "./json-equal";
