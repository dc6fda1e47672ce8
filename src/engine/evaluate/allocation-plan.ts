import type { AllocationViewOf, Owner } from "../../requirements/index.js";
import { evaluateLogic } from "./logic.js";
import type { CriterionRuntime, RequirementRuntime } from "./runtime.js";

/*
 * What exclusive allocation (DESIGN.md §11) knows of a program before any student: which
 * requirements take records, where each requirement's rank comes from, the criteria's links, and
 * the objective's shape. Built once when the program loads, so a student's search only fills
 * arrays. The search itself is in allocation.ts.
 */

/** Where a requirement's rank comes from: a requirement that takes no records, a taker, or a linked criterion. */
type Source = { kind: "other"; other: number } | { kind: "taker"; taker: number } | { kind: "link"; criterion: number };

export interface PlannedTaker {
  requirement: RequirementRuntime;
  view: AllocationViewOf;
  owner: Owner;
  /** Position in `ordered` of its criterion. */
  criterion: number;
}

export interface AllocationPlan {
  /** Criteria in definition order (the program's `ordered`). */
  ordered: readonly CriterionRuntime[];
  takers: readonly PlannedTaker[];
  /** The requirements that take no records (evaluated once per student, before the search). */
  others: readonly RequirementRuntime[];
  /** Each taker's and each other requirement's position in `takers` or `others`. */
  positions: ReadonlyMap<RequirementRuntime, number>;
  /**
   * Per criterion (by position in `ordered`), per requirement: where its rank is in the objective's
   * one array of ranks, which holds the other requirements' (by `others` position), then the
   * takers', then the criteria's.
   */
  slots: readonly (readonly number[])[];
  /** Criterion positions, each after the criteria it links. */
  order: readonly number[];
  /** Required top-level criteria in display order, then the optional ones: objective (2). */
  required: readonly number[];
  top: readonly number[];
  /** Per criterion: the criteria that link it. */
  linkedBy: readonly (readonly number[])[];
  /**
   * Union-find parents over criteria (0 … n−1) and takers (n …) after the unions that hold for
   * every student: child links, and each taker with its criterion. A student's conflicts start
   * from a copy.
   */
  parent: readonly number[];
}

export interface ProgramShape {
  ordered: readonly CriterionRuntime[];
  evaluationOrder: readonly CriterionRuntime[];
  topLevel: readonly CriterionRuntime[];
  optional: ReadonlySet<CriterionRuntime>;
}

export function planAllocation(program: ProgramShape): AllocationPlan {
  const n = program.ordered.length;
  const index = new Map(program.ordered.map((c, i) => [c, i]));
  const byId = new Map(program.ordered.map((c, i) => [c.plan.id, i]));
  const takers: PlannedTaker[] = [];
  const others: RequirementRuntime[] = [];
  const sources = program.ordered.map((criterion, c) =>
    criterion.requirements.map((requirement): Source => {
      if (requirement.links !== undefined) return { kind: "link", criterion: byId.get(requirement.links)! };
      if (requirement.allocation === undefined) {
        others.push(requirement);
        return { kind: "other", other: others.length - 1 };
      }
      takers.push({ requirement, view: requirement.allocation, owner: { criterion: criterion.plan.id, requirement: requirement.id }, criterion: c });
      return { kind: "taker", taker: takers.length - 1 };
    }),
  );
  const required = program.topLevel.filter((c) => !program.optional.has(c)).map((c) => index.get(c)!);
  const optional = program.topLevel.filter((c) => program.optional.has(c)).map((c) => index.get(c)!);
  const linkedBy: number[][] = program.ordered.map(() => []);
  sources.forEach((list, c) => list.forEach((s) => s.kind === "link" && linkedBy[s.criterion]!.push(c)));
  const parent = Array.from({ length: n + takers.length }, (_, i) => i);
  sources.forEach((list, c) => list.forEach((s) => s.kind === "link" && union(parent, c, s.criterion)));
  takers.forEach((t, i) => union(parent, n + i, t.criterion));
  const slotOf = (s: Source) => (s.kind === "other" ? s.other : s.kind === "taker" ? others.length + s.taker : others.length + takers.length + s.criterion);
  return {
    ordered: program.ordered,
    takers,
    others,
    positions: new Map<RequirementRuntime, number>([...takers.map((t, i) => [t.requirement, i] as const), ...others.map((r, i) => [r, i] as const)]),
    slots: sources.map((list) => list.map(slotOf)),
    order: program.evaluationOrder.map((c) => index.get(c)!),
    required,
    top: [...required, ...optional],
    linkedBy,
    parent,
  };
}

/** Find over `parent` (path halving). */
export function find(parent: number[], x: number): number {
  while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
  return x;
}

/** Union over `parent`: the smaller root wins, so roots are stable. */
export function union(parent: number[], a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

/** A packed array of small integers (cheaper to make per student than a typed array). */
export function filled(length: number, value: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < length; i++) out.push(value);
  return out;
}

/** One student's figures the objective reads besides the takers' ranks. */
export interface ObjectiveInput {
  /** Rank of each requirement that takes no records (by `others` position). */
  otherRank: number[];
  /** Each taker's rank when the search cannot change it (waived, or all its candidates decided); -1 otherwise. */
  fixed: number[];
  /** Per criterion: waived. */
  waived: readonly boolean[];
  /** The lowest rank of the program's credit groups (2 when it has none). */
  groupsRank: number;
}

/**
 * The objective of the current choices as a vector compared lexicographically: the program's rank,
 * the top-level criteria's ranks (required ones in display order, then optional ones), the number
 * of met requirements, then of onTrack ones.
 *
 * Incremental: a step of the search changes one record's choice, so only the takers `touch`ed since
 * the last computation are ranked again, and only the criteria whose sources changed rank (and the
 * criteria linking them) are evaluated again. The value is the same as computing everything afresh.
 */
export function objectiveOf(plan: AllocationPlan, input: ObjectiveInput, rankOf: (taker: number) => number): { touch(taker: number): void; compute(): number[] } {
  const { slots, takers, order, required, top, linkedBy } = plan;
  const n = plan.ordered.length;
  const value = filled(1 + top.length + 2, 0);
  // Every rank a criterion reads, at its slot: the others', the takers' (from `takerAt`), the criteria's (from `criterionAt`).
  const { otherRank, fixed, waived } = input;
  const takerAt = otherRank.length;
  const criterionAt = takerAt + takers.length;
  const ranks = otherRank.slice();
  for (let t = 0; t < takers.length; t++) ranks.push(0);
  for (let c = 0; c < n; c++) ranks.push(-1);
  // Each criterion's own met and onTrack requirements, summed into the totals.
  const criterionMet = filled(n, 0);
  const criterionOnTrack = filled(n, 0);
  let met = 0;
  let onTrack = 0;
  // Every criterion starts stale at rank -1, so the first computation writes every top-level rank.
  let topChanged = true;
  const stale = filled(n, 1);
  const touched = filled(takers.length, 0);
  const pending: number[] = [];
  const touch = (t: number): void => {
    if (touched[t] === 1) return;
    touched[t] = 1;
    pending.push(t);
  };
  for (let t = 0; t < takers.length; t++) touch(t);
  // The requirements' ranks of the criterion being evaluated, by position (one closure for all
  // criteria: the search makes one objective per student).
  let list = slots[0]!;
  const rankAt = (r: number): number => ranks[list[r]!]!;
  // value[topAt[c]] is criterion c's rank when it is top-level (-1 otherwise), written as it changes.
  const topAt = filled(n, -1);
  for (let i = 0; i < top.length; i++) topAt[top[i]!] = 1 + i;
  return {
    touch,
    compute() {
      for (let t = pending.pop(); t !== undefined; t = pending.pop()) {
        touched[t] = 0;
        const rank = fixed[t]! >= 0 ? fixed[t]! : rankOf(t);
        if (rank !== ranks[takerAt + t]) {
          ranks[takerAt + t] = rank;
          stale[takers[t]!.criterion] = 1;
        }
      }
      for (const c of order) {
        if (stale[c] === 0) continue;
        stale[c] = 0;
        list = slots[c]!;
        let ownMet = 0;
        let ownOnTrack = 0;
        for (let r = 0; r < list.length; r++) {
          const rank = ranks[list[r]!]!;
          if (rank === 2) ownMet++;
          else if (rank === 1) ownOnTrack++;
        }
        met += ownMet - criterionMet[c]!;
        onTrack += ownOnTrack - criterionOnTrack[c]!;
        criterionMet[c] = ownMet;
        criterionOnTrack[c] = ownOnTrack;
        const rank = waived[c] ? 2 : evaluateLogic(plan.ordered[c]!.logic, rankAt);
        if (rank !== ranks[criterionAt + c]) {
          ranks[criterionAt + c] = rank;
          if (topAt[c]! >= 0) {
            value[topAt[c]!] = rank;
            topChanged = true;
          }
          for (const p of linkedBy[c]!) stale[p] = 1;
        }
      }
      if (topChanged) {
        topChanged = false;
        let status = input.groupsRank;
        for (const c of required) status = Math.min(status, ranks[criterionAt + c]!);
        value[0] = status;
      }
      value[1 + top.length] = met;
      value[2 + top.length] = onTrack;
      return value;
    },
  };
}
