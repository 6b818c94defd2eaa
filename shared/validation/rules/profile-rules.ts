import type { Rule } from "../rule";
import { nameOf } from "../rule";

export const PROFILE_RULES: readonly Rule[] = [
  {
    code: "profile-target-below-current",
    severity: "warning",
    scope: "profile",
    description: "A profile's target state is not below its current state.",
    check({ input }, report) {
      for (const at of input.profile ?? []) {
        const { current, target } = at.record;
        if (typeof current === "number" && typeof target === "number" && target < current) {
          report(at, "target", `${nameOf("Subcategory", at.record.subcategory, at.row)}: target ${target} is below the current state ${current}`, "Raise the target, or lower the current state if it was overstated.");
        }
      }
    },
  },
];
