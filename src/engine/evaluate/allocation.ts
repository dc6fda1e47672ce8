import { RANK, type AllocationView, type EvaluationScope, type Owner, type RequirementAdjustment, type RequirementResult } from "../../requirements/index.js";
import type { PreparedRecord } from "../../student/prepared.js";
import { evaluateLogic } from "./logic.js";
import type { ProgramRuntime, RequirementRuntime } from "./runtime.js";

/*
 * Exclusive allocation (DESIGN.md §11, A-11.1– ): each transcript record counts toward at most
 * one course requirement, chosen so that the program is best by (1) its status, (2) the top-level
 * statuses in display order (required criteria first), (3) the numbers of met, then onTrack
 * requirements, and (4) the earliest requirement for each record in transcript order.
 *
 * The search, exact within a budget (see docs/semantics.md "Exclusive allocation"):
 * - A record with one possible requirement goes to it: one more record never lowers a status
 *   (statuses are monotone in the records given, and AND / OR / k OF are monotone), so that choice
 *   is never worse by (1)–(3) and best by (4).
 * - The other records ("conflicts") are searched depth first in transcript order, each trying its
 *   requirements in definition order: that is the order of (4), so the first assignment found with
 *   the best objective is the answer. Before going deeper the objective is bounded by giving every
 *   undecided record to all its requirements at once (monotonicity again makes this an upper
 *   bound); a branch whose bound is not better than the best assignment so far is cut. The search
 *   starts from the all-earliest assignment and stops as soon as one reaches the bound of the root.
 * - With caps that overlap, or a cap together with minCourses, one more record can lower a status
 *   so the bound does not hold: the search then judges complete assignments only and cuts
 *   nothing. A record is still always given to one of its requirements, so "no
 *   requirement" is never tried.
 * - The budget counts objective evaluations. When it is reached the best assignment found so far is
 *   used (the order is fixed, so the result is deterministic) and the report warns `allocationBudget`.
 */

/** Objective evaluations one program's search may make for one student. */
export const ALLOCATION_BUDGET = 20_000;

const UNDECIDED = -1;

export interface AllocationOutcome {
  /** Every candidate record → the requirement it was given to. */
  owners: Map<PreparedRecord, Owner>;
  /** Results of the requirements that take no records (evaluated once, for the search and the report). */
  results: Map<RequirementRuntime, RequirementResult>;
  /** The budget was reached. */
  cut: boolean;
}

interface Taker {
  owner: Owner;
  view: AllocationView;
  waived: boolean;
  /** Its rank when it does not depend on the search. */
  fixed: number | undefined;
}

/** Where each requirement's rank comes from: a constant, a taker, or a linked criterion. */
type Source = { kind: "rank"; rank: number } | { kind: "taker"; taker: number } | { kind: "link"; criterion: number };

export interface AllocationInput {
  program: ProgramRuntime;
  scope: EvaluationScope;
  /** A requirement's exceptions: the adjustment for evaluating it, and whether it is waived. */
  adjustment(requirement: RequirementRuntime): RequirementAdjustment | undefined;
  waived(requirement: RequirementRuntime): boolean;
  /** Evaluates a requirement that takes no records, exceptions applied. */
  evaluate(requirement: RequirementRuntime): RequirementResult;
  /** A criterion is waived. */
  criterionWaived(index: number): boolean;
  /** The lowest rank of the program's credit groups (2 when it has none). */
  groupsRank: number;
}

export function allocate(input: AllocationInput): AllocationOutcome {
  const { program, scope } = input;
  const results = new Map<RequirementRuntime, RequirementResult>();
  const takers: Taker[] = [];
  const criterionIndex = new Map(program.ordered.map((c, i) => [c.plan.id, i]));
  const sources: Source[][] = program.ordered.map((criterion) =>
    criterion.requirements.map((requirement): Source => {
      if (requirement.links !== undefined) return { kind: "link", criterion: criterionIndex.get(requirement.links)! };
      const view = requirement.allocation(scope, input.adjustment(requirement));
      if (view === undefined) {
        const result = input.evaluate(requirement);
        results.set(requirement, result);
        return { kind: "rank", rank: RANK[result.status] };
      }
      takers.push({ owner: { criterion: criterion.plan.id, requirement: requirement.id }, view, waived: input.waived(requirement), fixed: undefined });
      return { kind: "taker", taker: takers.length - 1 };
    }),
  );

  // Each candidate record with its possible requirements, in definition order.
  const options = new Map<PreparedRecord, number[]>();
  takers.forEach((taker, t) => {
    for (const record of taker.view.candidates) {
      const list = options.get(record);
      if (list === undefined) options.set(record, [t]);
      else list.push(t);
    }
  });
  const records = [...options.keys()].sort((a, b) => a.index - b.index);
  const position = new Map(records.map((r, i) => [r, i]));
  const choice = new Int32Array(records.length);
  const monotone = takers.every((t) => t.view.monotone);
  // Records the search decides, in transcript order, with the choices each may take.
  const open: number[] = [];
  const choices: number[][] = [];
  records.forEach((record, i) => {
    const list = options.get(record)!;
    if (list.length === 1) {
      choice[i] = list[0]!;
      return;
    }
    open.push(i);
    choices.push(list);
  });

  const owners = new Map<PreparedRecord, Owner>();
  const finish = (cut: boolean): AllocationOutcome => {
    records.forEach((record, i) => owners.set(record, takers[choice[i]!]!.owner));
    return { owners, results, cut };
  };
  if (open.length === 0) return finish(false);

  // Takers whose candidates are all decided have a rank the search cannot change.
  const searched = new Set<number>();
  for (const i of open) for (const t of options.get(records[i]!)!) searched.add(t);
  takers.forEach((taker, t) => {
    if (taker.waived) taker.fixed = 2;
    else if (!searched.has(t)) taker.fixed = taker.view.rank((record) => choice[position.get(record)!] === t);
  });

  const objective = objectiveOf(program, input, sources, takers, (record, t) => {
    const c = choice[position.get(record)!]!;
    return c === t || c === UNDECIDED;
  });
  let steps = 0;
  let cut = false;
  const evaluateNow = (): Int32Array => {
    steps++;
    return objective.compute();
  };

  /**
   * Searches the open records `ks` (positions in `open`, in transcript order) with every other
   * record as `choice` holds it; leaves `choice` of `ks` at the best assignment found.
   */
  const search = (ks: readonly number[]): void => {
    // The root's bound: nothing can beat it.
    for (const k of ks) choice[open[k]!] = UNDECIDED;
    const root = monotone ? evaluateNow().slice() : undefined;
    // The all-earliest assignment first: it wins every tie.
    for (const k of ks) choice[open[k]!] = choices[k]![0]!;
    const best = evaluateNow().slice();
    const bestPicks = Int32Array.from(ks, (k) => choice[open[k]!]!);
    if (cut || (root !== undefined && compareVectors(best, root) === 0)) return;
    const at = new Int32Array(ks.length).fill(-1);
    for (const k of ks) choice[open[k]!] = UNDECIDED;
    let d = 0;
    while (d >= 0) {
      const k = ks[d]!;
      const i = open[k]!;
      at[d]!++;
      if (at[d]! >= choices[k]!.length) {
        choice[i] = UNDECIDED;
        at[d] = -1;
        d--;
        continue;
      }
      choice[i] = choices[k]![at[d]!]!;
      const last = d === ks.length - 1;
      // Without the bound only complete assignments are judged.
      if (!monotone && !last) {
        d++;
        continue;
      }
      if (steps >= ALLOCATION_BUDGET) {
        cut = true;
        break;
      }
      const value = evaluateNow();
      if (compareVectors(value, best) <= 0) continue;
      if (!last) {
        d++;
        continue;
      }
      best.set(value);
      ks.forEach((kk, n) => (bestPicks[n] = choice[open[kk]!]!));
      if (root !== undefined && compareVectors(best, root) === 0) break;
    }
    ks.forEach((k, n) => (choice[open[k]!] = bestPicks[n]!));
  };

  const parts = monotone ? conflicts(program, sources, takers, open, choices, criterionIndex) : [open.map((_, k) => k)];
  if (parts.length === 1) {
    search(parts[0]!);
    return finish(cut);
  }
  // Independent conflicts (see docs/semantics.md "Exclusive allocation"). Phase 1: each searched
  // with the others given to all their requirements (their best possible, by monotonicity).
  for (const i of open) choice[i] = UNDECIDED;
  const phase1 = parts.map((ks) => {
    search(ks);
    const picks = ks.map((k) => choice[open[k]!]!);
    for (const k of ks) choice[open[k]!] = UNDECIDED;
    return picks;
  });
  const set = (ks: readonly number[], picks: readonly number[]) => ks.forEach((k, n) => (choice[open[k]!] = picks[n]!));
  parts.forEach((ks, p) => set(ks, phase1[p]!));
  // Phase 2: each searched again with the others at their phase-1 assignments; the objective is
  // then separable, so the phase-2 assignments together are the best assignment.
  const phase2 = parts.map((ks, p) => {
    search(ks);
    const picks = ks.map((k) => choice[open[k]!]!);
    set(ks, phase1[p]!);
    return picks;
  });
  parts.forEach((ks, p) => set(ks, phase2[p]!));
  return finish(cut);
}

/**
 * The open records split into independent conflicts: records are in one conflict when they share a
 * requirement, or when their requirements' criteria share an ancestor through child links (a
 * top-level criterion's rank must depend on one conflict only). Each list in transcript order.
 */
function conflicts(
  program: ProgramRuntime,
  sources: readonly Source[][],
  takers: readonly Taker[],
  open: readonly number[],
  choices: readonly number[][],
  criterionIndex: ReadonlyMap<string, number>,
): number[][] {
  const n = program.ordered.length;
  const parent = Array.from({ length: n + takers.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  sources.forEach((list, c) => list.forEach((s) => s.kind === "link" && union(c, s.criterion)));
  takers.forEach((t, i) => union(n + i, criterionIndex.get(t.owner.criterion)!));
  choices.forEach((list) => list.forEach((t) => union(n + t, n + list[0]!)));
  const groups = new Map<number, number[]>();
  open.forEach((_, k) => {
    const root = find(n + choices[k]![0]!);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [k]);
    else group.push(k);
  });
  return [...groups.values()];
}

function compareVectors(a: Int32Array, b: Int32Array): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The objective of the current choices as a vector compared lexicographically: the program's rank,
 * the top-level criteria's ranks (required ones in display order, then optional ones), the number
 * of met requirements, then of onTrack ones.
 */
function objectiveOf(
  program: ProgramRuntime,
  input: AllocationInput,
  sources: readonly Source[][],
  takers: readonly Taker[],
  given: (record: PreparedRecord, taker: number) => boolean,
): { value: Int32Array; compute(): Int32Array } {
  const index = new Map(program.ordered.map((c, i) => [c, i]));
  const order = program.evaluationOrder.map((c) => index.get(c)!);
  const required = program.topLevel.filter((c) => !program.optional.has(c)).map((c) => index.get(c)!);
  const optional = program.topLevel.filter((c) => program.optional.has(c)).map((c) => index.get(c)!);
  const top = [...required, ...optional];
  const value = new Int32Array(1 + top.length + 2);
  const criterionRank = new Int32Array(program.ordered.length);
  const takerRank = new Int32Array(takers.length);
  const waivedCriteria = program.ordered.map((_, i) => input.criterionWaived(i));
  return {
    value,
    compute() {
      takers.forEach((taker, t) => {
        takerRank[t] = taker.fixed ?? taker.view.rank((record) => given(record, t));
      });
      let met = 0;
      let onTrack = 0;
      for (const c of order) {
        const list = sources[c]!;
        const rankAt = (r: number): number => {
          const s = list[r]!;
          return s.kind === "rank" ? s.rank : s.kind === "taker" ? takerRank[s.taker]! : criterionRank[s.criterion]!;
        };
        for (let r = 0; r < list.length; r++) {
          const rank = rankAt(r);
          if (rank === 2) met++;
          else if (rank === 1) onTrack++;
        }
        criterionRank[c] = waivedCriteria[c] ? 2 : evaluateLogic(program.ordered[c]!.logic, rankAt);
      }
      let status = input.groupsRank;
      for (const c of required) status = Math.min(status, criterionRank[c]!);
      value[0] = status;
      top.forEach((c, i) => (value[1 + i] = criterionRank[c]!));
      value[1 + top.length] = met;
      value[2 + top.length] = onTrack;
      return value;
    },
  };
}
