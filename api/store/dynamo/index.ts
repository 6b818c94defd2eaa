export { createDynamoClient, type DynamoClientOptions } from "./client";
export {
  createDynamoStore,
  DEFAULT_CHUNK_BYTES,
  DEFAULT_INLINE_MAX_BYTES,
  DEFAULT_ORPHAN_TTL_SECONDS,
  type DynamoStoreOptions,
} from "./dynamo-store";
export { ensureTable, TABLE_SCHEMA } from "./table";
export { DEFAULT_STORE_DEADLINE_MS, parseStoreDeadline } from "./deadline";
