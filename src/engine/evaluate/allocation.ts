import { RANK, type CreditUnits, type EvaluationScope, type Owner, type RequirementAdjustment, type RequirementResult } from "../../requirements/index.js";
import type { PreparedRecord } from "../../student/prepared.js";
import { filled, find, objectiveOf, union, type AllocationPlan } from "./allocation-plan.js";
import type { RequirementRuntime } from "./runtime.js";

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

/** How far back the search looks for a record interchangeable with the next (bounds its cost, not its answer). */
const LOOK_BACK = 32;

export interface AllocationOutcome {
  /** Every candidate record → the requirement it was given to. */
  owners: (Owner | undefined)[];
  /** The result of a requirement that takes no records (evaluated once, for the search and the report); undefined for a taker. */
  evaluated(requirement: RequirementRuntime): RequirementResult | undefined;
  /** A taker's result once the owners are known, from what its view already worked out; undefined for the others. */
  final(requirement: RequirementRuntime): RequirementResult | undefined;
  /** The budget was reached. */
  cut: boolean;
}

export interface AllocationInput {
  /** The program's allocation plan (built when an exclusive program loads). */
  plan: AllocationPlan;
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
  const { plan, scope } = input;
  const { takers } = plan;
  const results: RequirementResult[] = [];
  const otherRank: number[] = [];
  for (const requirement of plan.others) {
    const result = input.evaluate(requirement);
    results.push(result);
    otherRank.push(RANK[result.status]);
  }
  const views = takers.map((t) => t.view(scope, input.adjustment(t.requirement)));

  // Each candidate record, by transcript index, with its possible requirements in definition order.
  // Arrays by transcript index are made at the transcript's length: filled out of order, they
  // would otherwise grow at every write.
  const transcriptLength = scope.student.transcript.length;
  const options: number[][] = new Array<number[]>(transcriptLength);
  const byIndex: PreparedRecord[] = new Array<PreparedRecord>(transcriptLength);
  for (let t = 0; t < views.length; t++) {
    for (const record of views[t]!.candidates) {
      const list = options[record.index];
      if (list === undefined) {
        options[record.index] = [t];
        byIndex[record.index] = record;
      } else list.push(t);
    }
  }
  // The candidates in transcript order (a sparse array's forEach skips the holes, in index order).
  const records: PreparedRecord[] = [];
  const optionsAt: number[][] = [];
  const position: number[] = new Array<number>(transcriptLength);
  byIndex.forEach((record, index) => {
    position[index] = records.length;
    records.push(record);
    optionsAt.push(options[index]!);
  });
  const choice = filled(records.length, 0);
  // Each taker reads its candidates' choices by position, through one closure made here.
  const given = views.map((view, t) => {
    const at = view.candidates.map((record) => position[record.index]!);
    return (j: number) => {
      const c = choice[at[j]!]!;
      return c === t || c === UNDECIDED;
    };
  });
  const monotone = views.every((v) => v.monotone);
  // Records the search decides, in transcript order, with the choices each may take.
  const open: number[] = [];
  const choices: number[][] = [];
  optionsAt.forEach((list, i) => {
    if (list.length === 1) {
      choice[i] = list[0]!;
      return;
    }
    choice[i] = UNDECIDED;
    open.push(i);
    choices.push(list);
  });

  const finish = (cut: boolean): AllocationOutcome => {
    const owners = new Array<Owner | undefined>(transcriptLength);
    for (let i = 0; i < records.length; i++) owners[records[i]!.index] = takers[choice[i]!]!.owner;
    const { positions } = plan;
    return {
      owners,
      // A taker is known by its view; child requirements are in neither list (evaluated with their criterion).
      evaluated: (r) => {
        const i = r.allocation === undefined ? positions.get(r) : undefined;
        return i === undefined ? undefined : results[i];
      },
      final: (r) => (r.allocation === undefined ? undefined : (views[positions.get(r)!]!.result() as RequirementResult)),
      cut,
    };
  };
  if (open.length === 0) return finish(false);

  // Takers whose candidates are all decided have a rank the search cannot change.
  const fixed = filled(takers.length, -1);
  const searched = filled(takers.length, 0);
  for (const list of choices) for (const t of list) searched[t] = 1;
  takers.forEach((taker, t) => {
    if (input.waived(taker.requirement)) fixed[t] = 2;
    else if (searched[t] === 0) fixed[t] = views[t]!.rank(given[t]!);
  });

  const objective = objectiveOf(
    plan,
    { otherRank, fixed, waived: plan.ordered.map((_, i) => input.criterionWaived(i)), groupsRank: input.groupsRank },
    (t) => views[t]!.rank(given[t]!),
  );
  /** Sets a record's choice; the takers it is given to or taken from must be ranked again. */
  const put = (i: number, value: number): void => {
    const old = choice[i]!;
    if (old === value) return;
    choice[i] = value;
    for (const t of optionsAt[i]!) if ((old === t || old === UNDECIDED) !== (value === t || value === UNDECIDED)) objective.touch(t);
  };
  /**
   * Records a and b (positions in `records`) are interchangeable when they may go to the same
   * requirements and each of those ranks by credit units in which the two are equal: swapping
   * their choices changes no rank, so no figure of the objective.
   */
  const interchangeable = (a: number, b: number): boolean =>
    optionsAt[a]!.length === optionsAt[b]!.length &&
    optionsAt[a]!.every((t, k) => {
      const { candidates, units: u } = views[t]!;
      return optionsAt[b]![k] === t && u !== undefined && sameUnits(u, candidates.indexOf(records[a]!), candidates.indexOf(records[b]!));
    });
  /**
   * For each of `ks`, the nearest earlier one interchangeable with it (looking back at most
   * LOOK_BACK), or -1. Of assignments that differ only by swapping interchangeable records, the
   * search's order (4) prefers the one whose choices do not decrease in transcript order, and that
   * one has the same objective, so the search tries only choices at or after the earlier one's:
   * the answer is the same, found in fewer steps.
   */
  const interchangeableBefore = (ks: readonly number[]): number[] =>
    ks.map((k, d) => {
      for (let e = d - 1; e >= 0 && e >= d - LOOK_BACK; e--) if (interchangeable(open[ks[e]!]!, open[k]!)) return e;
      return -1;
    });
  let steps = 0;
  let cut = false;
  const evaluateNow = (): number[] => {
    steps++;
    return objective.compute();
  };

  /**
   * Searches the open records `ks` (positions in `open`, in transcript order) with every other
   * record as `choice` holds it; leaves `choice` of `ks` at the best assignment found. True when
   * that assignment reaches the root's bound.
   */
  const search = (ks: readonly number[]): boolean => {
    // The root's bound: nothing can beat it.
    for (const k of ks) put(open[k]!, UNDECIDED);
    const root = monotone ? evaluateNow().slice() : undefined;
    // The all-earliest assignment first: it wins every tie.
    for (const k of ks) put(open[k]!, choices[k]![0]!);
    const best = evaluateNow().slice();
    const bestPicks = ks.map((k) => choice[open[k]!]!);
    if (root !== undefined && compareVectors(best, root) === 0) return true;
    if (cut) return false;
    const at = filled(ks.length, -1);
    const before = interchangeableBefore(ks);
    for (const k of ks) put(open[k]!, UNDECIDED);
    let d = 0;
    while (d >= 0) {
      const k = ks[d]!;
      const i = open[k]!;
      at[d]!++;
      const e = before[d]!;
      if (e >= 0 && at[d]! < at[e]!) at[d] = at[e]!;
      if (at[d]! >= choices[k]!.length) {
        put(i, UNDECIDED);
        at[d] = -1;
        d--;
        continue;
      }
      put(i, choices[k]![at[d]!]!);
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
      for (let v = 0; v < value.length; v++) best[v] = value[v]!;
      ks.forEach((kk, n) => (bestPicks[n] = choice[open[kk]!]!));
      if (root !== undefined && compareVectors(best, root) === 0) break;
    }
    ks.forEach((k, n) => put(open[k]!, bestPicks[n]!));
    return root !== undefined && compareVectors(best, root) === 0;
  };

  const parts = monotone ? conflicts(plan, open, choices) : [{ ks: open.map((_, k) => k), alone: true }];
  if (parts.length === 1) {
    search(parts[0]!.ks);
    return finish(cut);
  }
  // Independent conflicts (see docs/semantics.md "Exclusive allocation"). Phase 1: each searched
  // with the others given to all their requirements (their best possible, by monotonicity).
  for (const i of open) put(i, UNDECIDED);
  const bounded: boolean[] = [];
  const phase1 = parts.map(({ ks }) => {
    bounded.push(search(ks));
    const picks = ks.map((k) => choice[open[k]!]!);
    for (const k of ks) put(open[k]!, UNDECIDED);
    return picks;
  });
  const set = (ks: readonly number[], picks: readonly number[]) => ks.forEach((k, n) => put(open[k]!, picks[n]!));
  parts.forEach(({ ks }, p) => set(ks, phase1[p]!));
  // Phase 2: each searched again with the others at their phase-1 assignments; the objective is
  // then separable, so the phase-2 assignments together are the best assignment. A conflict whose
  // phase-1 assignment reached its bound keeps it: every figure it decides is at its maximum, which
  // stays the best whatever the others hold, and the same assignment comes first among those. So
  // does a conflict under at most one top-level criterion: the others cannot change how its
  // assignments compare (see docs/semantics.md).
  const phase2 = parts.map(({ ks, alone }, p) => {
    if (bounded[p]! || alone) return phase1[p]!;
    search(ks);
    const picks = ks.map((k) => choice[open[k]!]!);
    set(ks, phase1[p]!);
    return picks;
  });
  parts.forEach(({ ks }, p) => set(ks, phase2[p]!));
  return finish(cut);
}

/**
 * The open records split into independent conflicts: records are in one conflict when they share a
 * requirement, or when their requirements' criteria share an ancestor through child links (a
 * top-level criterion's rank must depend on one conflict only). Each list in transcript order;
 * `alone` when the conflict's criteria lie under at most one top-level criterion.
 */
function conflicts(plan: AllocationPlan, open: readonly number[], choices: readonly number[][]): { ks: number[]; alone: boolean }[] {
  const n = plan.ordered.length;
  const parent = plan.parent.slice();
  for (const list of choices) for (const t of list) union(parent, n + t, n + list[0]!);
  // Roots are indices of `parent`: conflicts and top-level counts are kept by root in arrays.
  const groupOf = filled(parent.length, -1);
  const parts: { ks: number[]; alone: boolean }[] = [];
  const roots: number[] = [];
  for (let k = 0; k < open.length; k++) {
    const root = find(parent, n + choices[k]![0]!);
    if (groupOf[root] === -1) {
      groupOf[root] = parts.length;
      parts.push({ ks: [k], alone: true });
      roots.push(root);
    } else parts[groupOf[root]!]!.ks.push(k);
  }
  const tops = filled(parent.length, 0);
  for (const c of plan.top) tops[find(parent, c)]!++;
  for (let p = 0; p < parts.length; p++) parts[p]!.alone = tops[roots[p]!]! <= 1;
  return parts;
}

const sameUnits = (u: CreditUnits, a: number, b: number) => u.units[a] === u.units[b] && u.completed[a] === u.completed[b];

function compareVectors(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
