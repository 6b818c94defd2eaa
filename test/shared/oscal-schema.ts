import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

/**
 * The OSCAL 1.2.2 complete JSON schema from the handouts beside the checkout
 * (`../shared/schemas/oscal/`). CI has it; a developer's clone may not, so tests that need it
 * skip with this reason while the structural tests beside them always run.
 */
const here = dirname(fileURLToPath(import.meta.url));
// OSCAL_SCHEMA overrides the path (e.g. to check that the tests skip cleanly without it).
export const OSCAL_SCHEMA_PATH = process.env.OSCAL_SCHEMA ?? join(here, "..", "..", "..", "shared", "schemas", "oscal", "oscal_complete_schema-1.2.2.json");
export const OSCAL_SCHEMA_MISSING = existsSync(OSCAL_SCHEMA_PATH) ? undefined : `OSCAL schema not found at ${OSCAL_SCHEMA_PATH} (the handouts are not beside this checkout)`;

let validator: ValidateFunction | undefined;

/** A validator for any OSCAL 1.2.2 document; call only when `OSCAL_SCHEMA_MISSING` is undefined. */
export function oscalValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(OSCAL_SCHEMA_PATH, "utf8")) as object;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true });
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
}
