import { ProgramDefinitionError } from "../errors/index.js";
import type { Warning } from "../model/warning.js";
import { readShape } from "../shape/read.js";
import { writeShape } from "../shape/write.js";
import { buildRuntime, type ProgramSetRuntime } from "./evaluate/runtime.js";
import { loadPlan } from "./plan/load.js";
import { CompiledProgramShape, type CompiledProgramJSON, type PlanRead } from "./plan/shape.js";

/*
 * A CompiledProgram is a plain object: its plan (what `toJSON` returns, and so what
 * JSON.stringify writes, deep-frozen so nobody can change what it evaluates), a small outline for
 * UIs and command lines, and, out of sight, the evaluators built from the plan when it was
 * compiled or loaded. Recognised by a registry symbol so that ESM and CJS copies agree.
 */

const COMPILED = Symbol.for("program-criteria.compiledProgram");

/** A top-level criterion as `CompiledProgram.outline` lists it. */
export interface OutlineCriterion {
  id: string;
  description?: string;
  /** The expression's canonical text. */
  expression: string;
  /** Whether the criterion counts toward the program's status. */
  required: boolean;
}

/** The structure of a compiled program, without evaluating anyone: what a CLI or UI lays out. */
export interface ProgramOutline {
  programId: string;
  name?: string;
  /** Top-level criteria in display order. */
  criteria: OutlineCriterion[];
  creditGroups: { id: string; name: string }[];
  /** Student status names, in definition order. */
  statuses: string[];
  /** Warnings the definition itself causes (`mixedDisplayOrder`). */
  warnings: Warning[];
}

/** A validated program, ready to evaluate any number of students. Serialise with `toJSON()`. */
export interface CompiledProgram {
  /** The id of the program this evaluates. */
  readonly programId: string;
  /** Top-level criteria, credit groups, statuses and warnings: plain data. */
  readonly outline: ProgramOutline;
  /** The plain-JSON compiled form (deep-frozen); `loadCompiledProgram` turns it back into a CompiledProgram. */
  toJSON(): CompiledProgramJSON;
}

interface Internal extends CompiledProgram {
  [COMPILED]: ProgramSetRuntime;
}

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item !== "object" || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const inner of Object.values(item)) stack.push(inner);
  }
  return value;
}

function outlineOf(plan: PlanRead, runtime: ProgramSetRuntime): ProgramOutline {
  const root = runtime.root.plan;
  const outline: ProgramOutline = {
    programId: plan.programId,
    criteria: runtime.root.topLevel.map(({ plan: c }) => {
      const entry: OutlineCriterion = { id: c.id, expression: c.canonical, required: c.required !== false };
      if (c.description !== undefined) entry.description = c.description;
      return entry;
    }),
    creditGroups: root.creditGroups.map((g) => ({ id: g.id, name: g.name })),
    statuses: root.statuses.map((s) => s.status),
    warnings: root.warnings,
  };
  if (root.name !== undefined) outline.name = root.name;
  return deepFreeze(outline);
}

/** Wraps a plan that this library wrote or checked; `json` becomes frozen. */
function makeCompiledProgram(json: CompiledProgramJSON, plan: PlanRead): CompiledProgram {
  const frozen = deepFreeze(json);
  const runtime = buildRuntime(plan);
  const compiled: Internal = {
    programId: plan.programId,
    outline: outlineOf(plan, runtime),
    toJSON: () => frozen,
    [COMPILED]: runtime,
  };
  return Object.freeze(compiled);
}

/**
 * A plan just written by compileProgram: read once into exact values, no rule checked again, and
 * written back in the plan's declared key order, so compiling and loading give the same text.
 */
export function compiledFromPlan(json: CompiledProgramJSON): CompiledProgram {
  const read = readShape(CompiledProgramShape, json);
  if (!read.ok) throw new ProgramDefinitionError(read.sink.list());
  return makeCompiledProgram(writeShape(CompiledProgramShape, read.value), read.value);
}

export function isCompiledProgram(value: unknown): value is CompiledProgram {
  try {
    return typeof value === "object" && value !== null && COMPILED in value;
  } catch {
    return false;
  }
}

export function runtimeOf(compiled: CompiledProgram): ProgramSetRuntime {
  return (compiled as Internal)[COMPILED];
}

/**
 * Turns the output of `compiled.toJSON()` (for example fetched by a browser from the server that
 * compiled it) back into a CompiledProgram. The artefact is checked fully: a damaged one throws
 * ProgramDefinitionError `damagedCompiledProgram` naming the first bad path; one that is not a
 * compiled program at all, `notCompiledProgram`. Everything the evaluators need is built here.
 */
export function loadCompiledProgram(json: unknown): CompiledProgram {
  const plan = loadPlan(json);
  // Our own copy: the caller's object may change after loading; what was checked may not.
  return makeCompiledProgram(writeShape(CompiledProgramShape, plan), plan);
}
