import { addDays } from "../../../../shared/demo/dates";
import { pick, randomInt, type Random } from "../../../../shared/demo/prng";
import { ACTION_STATUSES, RISK_STATUSES, RISK_TREATMENTS, type Risk, type RiskAction } from "../../../../shared/model/risk";
import type { WorkbookSnapshot } from "../../../../shared/model/snapshot";

/** Dates the registers below use lie within this many days of `asOf`, either way. */
export const VARIED_SPAN_DAYS = 400;

const REFS = ["AIRMF:GOVERN 1.1", "AIRMF:MAP 3.5", "AIRMF:MEASURE 2.14", "AIRMF:GOVERN 1", "AIRMF:MANAGE 9.9", "junk"];

function maybe<T>(random: Random, p: number, value: () => T): T | undefined {
  return random() < p ? value() : undefined;
}

function date(random: Random, asOf: string): string {
  return addDays(asOf, randomInt(random, -VARIED_SPAN_DAYS, VARIED_SPAN_DAYS));
}

function action(random: Random, asOf: string, k: number): RiskAction {
  const id = maybe(random, 0.7, () => `ACT-${k}`);
  const owner = maybe(random, 0.5, () => pick(random, ["O. One", "O. Two"]));
  const dueDate = maybe(random, 0.85, () => date(random, asOf));
  const status = maybe(random, 0.7, () => pick(random, ACTION_STATUSES));
  const completedDate = maybe(random, 0.2, () => date(random, asOf));
  return {
    ...(id !== undefined ? { id } : {}),
    description: `Action ${k}`,
    ...(owner !== undefined ? { owner } : {}),
    ...(dueDate !== undefined ? { dueDate } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(completedDate !== undefined ? { completedDate } : {}),
  };
}

/**
 * The risk redrawn with what the synthetic generator leaves uniform: closed and untitled risks,
 * acceptances without approver or date and with expiries either side of `asOf`, actions done,
 * cancelled, completed, undated, without id or owner; due and review dates on both sides of
 * `asOf` or absent; references repeated, unknown or accepted from suggestions.
 */
function varyRisk(random: Random, asOf: string, risk: Risk, k: number): Risk {
  const { title: _title, owner: _owner, dueDate: _due, reviewDate: _review, acceptance: _acceptance, actions: _actions, suggestions: _suggestions, ...rest } = risk;
  const treatment = pick(random, RISK_TREATMENTS);
  const refs = Array.from({ length: randomInt(random, 0, 3) }, () => pick(random, REFS));
  const title = maybe(random, 0.8, () => risk.title ?? `Risk ${k}`);
  const owner = maybe(random, 0.8, () => risk.owner ?? "R. Owner");
  const dueDate = maybe(random, 0.7, () => date(random, asOf));
  const reviewDate = maybe(random, 0.7, () => date(random, asOf));
  const approver = maybe(random, 0.6, () => "Approver");
  const approvedOn = maybe(random, 0.6, () => date(random, asOf));
  const expires = maybe(random, 0.6, () => date(random, asOf));
  const accepted = refs.filter(() => random() < 0.5);
  return {
    ...rest,
    ...(title !== undefined ? { title } : {}),
    ...(owner !== undefined ? { owner } : {}),
    status: pick(random, RISK_STATUSES),
    treatment,
    ...(dueDate !== undefined ? { dueDate } : {}),
    ...(reviewDate !== undefined ? { reviewDate } : {}),
    ...(treatment === "accept" && random() < 0.9
      ? { acceptance: { ...(approver !== undefined ? { approver } : {}), ...(approvedOn !== undefined ? { date: approvedOn } : {}), ...(expires !== undefined ? { expires } : {}) } }
      : {}),
    actions: Array.from({ length: randomInt(random, 0, 3) }, (_, j) => action(random, asOf, k * 10 + j)),
    aiRmfRefs: refs,
    ...(accepted.length > 0 ? { suggestions: { accepted } } : {}),
  };
}

/** The snapshot with every risk redrawn by `varyRisk` (dates around `asOf`), all else kept. */
export function variedRegister(snapshot: WorkbookSnapshot, random: Random, asOf: string): WorkbookSnapshot {
  return { ...snapshot, risks: snapshot.risks.map((risk, k) => varyRisk(random, asOf, risk, k)) };
}
