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
  /** Per overdue item: its position in `kernel.dated`, its position among the actions (-1 for none), and its days overdue. */
  readonly #at: number[] = [];
  readonly #action: number[] = [];
  readonly #days: number[] = [];

  constructor(team: string, kernel: RiskKernel, asOf: string) {
    this.#team = team;
    this.#kernel = kernel;
    const asOfDay = dayNumber(asOf);
    const byKind: Record<OverdueKind, number> = { action: 0, "risk-treatment": 0, "risk-review": 0 };
    const { kind, due: dues } = kernel.dated;
    let action = -1;
    for (let at = 0; at < kind.length; at++) {
      if (kind[at] === 0) action += 1;
      const due = dues[at]!;
      // A day number compares with asOf's as the date strings would; an odd date kept as text compares as text.
      if (typeof due === "number" ? due >= asOfDay : due >= asOf) continue;
      this.#at.push(at);
      this.#action.push(kind[at] === 0 ? action : -1);
      this.#days.push(asOfDay - (typeof due === "number" ? due : dayNumber(due)));
      byKind[KINDS[kind[at]!]!] += 1;
    }
    this.total = this.#at.length;
    this.byKind = byKind;
  }

  kind(j: number): OverdueKind {
    return KINDS[this.#kernel.dated.kind[this.#at[j]!]!]!;
  }

  daysOverdue(j: number): number {
    return this.#days[j]!;
  }

  /** The risk's id, or the action's where it has one (as clause evidence names a late treatment action). */
  ref(j: number): string {
    return this.actionId(j) ?? this.riskId(j);
  }

  riskId(j: number): string {
    return this.#kernel.facts[this.#kernel.dated.risk[this.#at[j]!]!]![0];
  }

  actionId(j: number): string | undefined {
    const action = this.#action[j]!;
    return action < 0 ? undefined : (this.#kernel.dated.actionId[action] ?? undefined);
  }

  dueDate(j: number): string {
    const due = this.#kernel.dated.due[this.#at[j]!]!;
    return typeof due === "number" ? fromDayNumber(due) : due;
  }

  /** What orders the j-th item, made cheaply to settle a tie on days overdue. */
  key(j: number): OverdueKey {
    const actionId = this.actionId(j);
    const key = { team: this.#team, kind: this.kind(j), riskId: this.riskId(j), dueDate: this.dueDate(j), daysOverdue: this.#days[j]! };
    return actionId !== undefined ? { ...key, actionId } : key;
  }

  /** The j-th overdue item, made. */
  item(j: number): OverdueItem {
    const kernel = this.#kernel;
    const { dated } = kernel;
    const at = this.#at[j]!;
    const [riskId, title, riskOwnerAt] = kernel.facts[dated.risk[at]!]!;
    const riskOwner = text(kernel, riskOwnerAt);
    const dueDate = this.dueDate(j);
    const days = this.#days[j]!;
    const action = this.#action[j]!;
    if (action >= 0) {
      const actionId = dated.actionId[action] ?? undefined;
      return overdueItem(this.#team, "action", riskId, actionId, text(kernel, dated.description[action] ?? null) ?? "", text(kernel, dated.owner[action] ?? null) ?? riskOwner, dueDate, days);
    }
    const kind = dated.kind[at] === 1 ? "risk-treatment" : "risk-review";
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
