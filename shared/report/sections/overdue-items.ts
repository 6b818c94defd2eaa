import { dayNumber, fromDayNumber } from "../util/dates";
import type { RiskKernel } from "./risk-kernel";

export type OverdueKind = "action" | "risk-treatment" | "risk-review";

export interface OverdueItem {
  readonly team: string;
  readonly kind: OverdueKind;
  readonly riskId: string;
  /** The action's id, for an overdue action that has one. */
  readonly actionId?: string;
  readonly description: string;
  readonly owner?: string;
  readonly dueDate: string;
  readonly daysOverdue: number;
}

/** What orders overdue items and their gaps: an item without its description and owner. */
export type OverdueKey = Pick<OverdueItem, "team" | "kind" | "riskId" | "actionId" | "dueDate" | "daysOverdue">;

const KINDS: readonly OverdueKind[] = ["action", "risk-treatment", "risk-review"];

/**
 * One team's actions, treatments and reviews overdue on the as-of date, in register order, kept as
 * positions in its risk kernel's dated entries. A large organisation has tens of thousands of them
 * and the report lists a few hundred, so each is made into an `OverdueItem` (with its strings) only
 * when it is listed: counts, kinds, days overdue and the ids in clause evidence's examples are read
 * from the kernel as they are.
 */
export class OverdueItems {
  readonly total: number;
  /** Counts per kind, keys in report order. */
  readonly byKind: Readonly<Record<OverdueKind, number>>;
  readonly #team: string;
  readonly #kernel: RiskKernel;
  /** Per overdue item: its position in `kernel.dated`, and its days overdue. */
  readonly #at: number[] = [];
  readonly #days: number[] = [];

  constructor(team: string, kernel: RiskKernel, asOf: string) {
    this.#team = team;
    this.#kernel = kernel;
    const asOfDay = dayNumber(asOf);
    const byKind: Record<OverdueKind, number> = { action: 0, "risk-treatment": 0, "risk-review": 0 };
    kernel.dated.forEach((entry, at) => {
      const due = entry[2];
      // A day number compares with asOf's as the date strings would; an odd date kept as text compares as text.
      if (typeof due === "number" ? due >= asOfDay : due >= asOf) return;
      this.#at.push(at);
      this.#days.push(asOfDay - (typeof due === "number" ? due : dayNumber(due)));
      byKind[KINDS[entry[0]]!] += 1;
    });
    this.total = this.#at.length;
    this.byKind = byKind;
  }

  kind(j: number): OverdueKind {
    return KINDS[this.#kernel.dated[this.#at[j]!]![0]]!;
  }

  daysOverdue(j: number): number {
    return this.#days[j]!;
  }

  /** The risk's id, or the action's where it has one (as clause evidence names a late treatment action). */
  ref(j: number): string {
    const entry = this.#kernel.dated[this.#at[j]!]!;
    return (entry[0] === 0 ? entry[3] : null) ?? this.#kernel.facts[entry[1]]![0];
  }

  riskId(j: number): string {
    return this.#kernel.facts[this.#kernel.dated[this.#at[j]!]![1]]![0];
  }

  dueDate(j: number): string {
    const due = this.#kernel.dated[this.#at[j]!]![2];
    return typeof due === "number" ? fromDayNumber(due) : due;
  }

  /** What orders the j-th item, made cheaply to settle a tie on days overdue. */
  key(j: number): OverdueKey {
    const entry = this.#kernel.dated[this.#at[j]!]!;
    const actionId = entry[0] === 0 ? entry[3] : null;
    const key = { team: this.#team, kind: KINDS[entry[0]]!, riskId: this.#kernel.facts[entry[1]]![0], dueDate: this.dueDate(j), daysOverdue: this.#days[j]! };
    return actionId !== null ? { ...key, actionId } : key;
  }

  /** The j-th overdue item, made. */
  item(j: number): OverdueItem {
    const kernel = this.#kernel;
    const entry = kernel.dated[this.#at[j]!]!;
    const [riskId, title, riskOwnerAt] = kernel.facts[entry[1]]!;
    const riskOwner = text(kernel, riskOwnerAt);
    const dueDate = this.dueDate(j);
    const days = this.#days[j]!;
    if (entry[0] === 0) {
      const [, , , actionId, description, owner] = entry;
      return overdueItem(this.#team, "action", riskId, actionId ?? undefined, text(kernel, description) ?? "", text(kernel, owner) ?? riskOwner, dueDate, days);
    }
    const kind = entry[0] === 1 ? "risk-treatment" : "risk-review";
    return overdueItem(this.#team, kind, riskId, undefined, `${kind === "risk-treatment" ? "Treatment" : "Review"} of ${title ?? riskId}`, riskOwner, dueDate, days);
  }
}

/** A position in the kernel's strings as the string, null as undefined. */
export function text(kernel: RiskKernel, at: number | null): string | undefined {
  return at === null ? undefined : kernel.strings[at];
}

function overdueItem(team: string, kind: OverdueKind, riskId: string, actionId: string | undefined, description: string, owner: string | undefined, dueDate: string, daysOverdue: number): OverdueItem {
  return {
    team,
    kind,
    riskId,
    ...(actionId !== undefined ? { actionId } : {}),
    description,
    ...(owner !== undefined ? { owner } : {}),
    dueDate,
    daysOverdue,
  };
}
