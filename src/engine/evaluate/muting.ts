import type { CriterionResult, RequirementResult } from "../../report/types.js";
import type { Logic } from "./logic.js";

/*
 * Muted results (DESIGN.md §13, A-13.1– ): in an OR or k OF group of status s, an operand
 * whose status is lower than s is not needed for s, and neither is anything under it. AND never
 * mutes. A requirement the expression names more than once is muted only when every reference
 * lies in a muted operand. Walked over the flat post-order of logic.ts with explicit arrays.
 */

const REF = 0;
const AND = 1;

/** Whether the expression has an OR or a k OF, that is, whether anything can be muted. */
export function canMute(logic: Logic): boolean {
  for (const op of logic.op) if (op !== REF && op !== AND) return true;
  return false;
}

// Scratch space reused by every call (evaluation is synchronous and mutedPositions never nests):
// a student's criteria would otherwise allocate a handful of arrays each.
const rank: number[] = [];
const parent: number[] = [];
const stack: number[] = [];
const muted: number[] = [];
const referenced: number[] = [];
const unmuted: number[] = [];

/** A criterion's rank (as evaluateLogic gives it) and, per requirement position, whether it is muted. */
export interface Muting {
  rank: number;
  /** `undefined` when nothing is muted. */
  muted: boolean[] | undefined;
}

/**
 * The expression's rank and what it mutes, in one walk (the walk that mutes has every node's rank
 * anyway, so a criterion that can mute needs no evaluateLogic). `rankAt` gives each position's
 * rank (offTrack 0, onTrack 1, met 2), as for evaluateLogic.
 */
export function muting(logic: Logic, positions: number, rankAt: (index: number) => number): Muting {
  const { op, arg, count } = logic;
  const n = op.length;
  // A node's operands are the subtrees on the stack when it is reached; each learns its parent.
  stack.length = 0;
  for (let i = 0; i < n; i++) {
    parent[i] = -1;
    if (op[i] === REF) {
      rank[i] = rankAt(arg[i]!);
      stack.push(i);
      continue;
    }
    const from = stack.length - arg[i]!;
    let met = 0;
    let atLeast = 0;
    let low = 2;
    let high = 0;
    for (let j = from; j < stack.length; j++) {
      const r = rank[stack[j]!]!;
      parent[stack[j]!] = i;
      if (r === 2) met++;
      if (r >= 1) atLeast++;
      if (r < low) low = r;
      if (r > high) high = r;
    }
    const k = count[i]!;
    rank[i] = op[i] === AND ? low : op[i] === 2 ? high : met >= k ? 2 : atLeast >= k ? 1 : 0;
    stack.length = from;
    stack.push(i);
  }
  // Parents come after their operands in post-order, so walking backwards settles each parent first.
  let any = false;
  muted[n - 1] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const p = parent[i]!;
    muted[i] = 0;
    if (muted[p] === 1 || (op[p] !== AND && rank[i]! < rank[p]!)) {
      muted[i] = 1;
      any = true;
    }
  }
  if (!any) return { rank: rank[n - 1]!, muted: undefined };
  for (let p = 0; p < positions; p++) referenced[p] = unmuted[p] = 0;
  for (let i = 0; i < n; i++) {
    if (op[i] !== REF) continue;
    referenced[arg[i]!] = 1;
    if (muted[i] === 0) unmuted[arg[i]!] = 1;
  }
  const result: boolean[] = [];
  for (let p = 0; p < positions; p++) result.push(referenced[p] === 1 && unmuted[p] === 0);
  return { rank: rank[n - 1]!, muted: result };
}

/**
 * The requirement marked muted. A child requirement's result is the linked criterion's own result
 * object, shared with every other place that shows it, so a muted one gets a muted copy of it and
 * of everything under it; `muted` is written last, after every other key (A-X7).
 */
export function mutedRequirement(requirement: RequirementResult): RequirementResult {
  if (requirement.type !== "child") {
    requirement.muted = true;
    return requirement;
  }
  return { ...requirement, result: mutedCriterion(requirement.result), muted: true };
}

function mutedCriterion(criterion: CriterionResult): CriterionResult {
  return { ...criterion, requirements: criterion.requirements.map(mutedCopy), muted: true };
}

function mutedCopy(requirement: RequirementResult): RequirementResult {
  if (requirement.type === "child") return { ...requirement, result: mutedCriterion(requirement.result), muted: true };
  return { ...requirement, muted: true };
}
