import { isIsoDate } from "../model/primitives";
import type { WorkbookSnapshot } from "../model/snapshot";
import { DEMO_AS_OF, DEMO_SEED } from "./org";
import { createPrng, type Random } from "./prng";
import { creditRiskSnapshot } from "./teams/credit-risk";
import { customerServiceSnapshot } from "./teams/customer-service";
import { peopleSnapshot } from "./teams/people";

export interface DemoOptions {
  /** Every date in the demo is placed relative to this day. Default `DEMO_AS_OF`. */
  readonly asOf?: string;
  /** The only source of variation (profile levels). Default `createPrng(DEMO_SEED)`. */
  readonly random?: Random;
}

/**
 * The demo organisation's three team workbooks, in a fixed order: Retail Credit Analytics
 * (`credit-risk`, 5×5 numeric matrix), Customer Experience (`customer-service`, 3×3 words) and
 * People & Talent (`people`, 4×4). Same options, same snapshots — no clock, no global randomness.
 * Each holds deliberate problems listed in `DEMO_PROBLEMS`.
 *
 * @example demoSnapshots({ asOf: "2026-11-28" }).map((s) => s.workbook.team) // ["credit-risk", "customer-service", "people"]
 */
export function demoSnapshots(options: DemoOptions = {}): WorkbookSnapshot[] {
  const asOf = options.asOf ?? DEMO_AS_OF;
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a YYYY-MM-DD date, got ${JSON.stringify(asOf)}`);
  const random = options.random ?? createPrng(DEMO_SEED);
  return [creditRiskSnapshot(asOf, random), customerServiceSnapshot(asOf, random), peopleSnapshot(asOf, random)];
}
