import { readDecimal, type Fixed } from "../decimal/index.js";
import {
  createMatchIndex,
  CUMULATIVE,
  prepareChild,
  prepareCourse,
  prepareGpa,
  prepareGpaFilter,
  prepareProgramRequirement,
  prepareTest,
  type GpaFilter,
  type MatchIndex,
  type PrepareContext,
  type RequirementRuntime,
} from "../requirements/index.js";
import type { RequirementDefinition } from "../schema/program-schema.js";
import type { CompiledCriterion, CompiledProgramData, CompiledProgramJSON } from "./compiled.js";
import { compileLogic, type Logic } from "./logic.js";

/*
 * The evaluators' view of a compiled program, built once per compiled program: patterns
 * compiled to matchers, minimums read into exact numbers, references resolved to indexes.
 */

export interface CriterionRuntime {
  data: CompiledCriterion;
  requirements: RequirementRuntime[];
  recommendations: RequirementRuntime[];
  /** The expression over positions in `requirements`. */
  logic: Logic;
}

export interface CreditGroupRuntime {
  id: string;
  name: string;
  minCredits: Fixed;
  types: ReadonlySet<string> | undefined;
}

export interface ProgramRuntime {
  data: CompiledProgramData;
  criteria: Map<string, CriterionRuntime>;
  /** Every criterion, in definition order. */
  ordered: CriterionRuntime[];
  topLevel: CriterionRuntime[];
  creditGroups: CreditGroupRuntime[];
  /** Student statuses, their expressions over positions in `ordered`. */
  statuses: { status: string; logic: Logic }[];
}

export interface ProgramSetRuntime {
  root: ProgramRuntime;
  programs: Map<string, ProgramRuntime>;
  /** Every course-number pattern list of every program, numbered (see MatchIndex). */
  courses: MatchIndex;
  /** Every test-code pattern list of every program. */
  tests: MatchIndex;
}

function prepareRequirement(
  definition: RequirementDefinition,
  criterion: string,
  context: PrepareContext,
  filters: ReadonlyMap<string, GpaFilter>,
): RequirementRuntime {
  switch (definition.type) {
    case "course":
      return prepareCourse(definition, criterion, context);
    case "test":
      return prepareTest(definition, criterion, context);
    case "gpa":
      return prepareGpa(definition, criterion, context, filters);
    case "program":
      return prepareProgramRequirement(definition, criterion);
    case "child":
      return prepareChild(definition, criterion);
  }
}

function buildProgram(data: CompiledProgramData, courses: MatchIndex, tests: MatchIndex): ProgramRuntime {
  const context: PrepareContext = {
    settings: data.settings,
    parentCreditTypes: data.parentCreditTypes === undefined ? undefined : new Set(data.parentCreditTypes),
    courses,
    tests,
  };
  const filters = new Map<string, GpaFilter>([[CUMULATIVE.id, CUMULATIVE]]);
  for (const calculation of data.gpaCalculations) filters.set(calculation.id, prepareGpaFilter(calculation, context));
  const prepare = (r: RequirementDefinition, c: CompiledCriterion) => prepareRequirement(r, c.id, context, filters);
  const ordered = data.criteria.map((c): CriterionRuntime => {
    const index = new Map(c.requirements.map((r, i) => [r.id, i]));
    return {
      data: c,
      requirements: c.requirements.map((r) => prepare(r, c)),
      recommendations: c.recommendations.map((r) => prepare(r, c)),
      logic: compileLogic(c.expression, (id) => index.get(id)!),
    };
  });
  const criteria = new Map(ordered.map((c) => [c.data.id, c]));
  const criterionIndex = new Map(ordered.map((c, i) => [c.data.id, i]));
  return {
    data,
    criteria,
    ordered,
    topLevel: data.topLevel.map((id) => criteria.get(id)!),
    statuses: data.statuses.map((s) => ({
      status: s.status,
      logic: compileLogic(s.expression, (id) => criterionIndex.get(id)!),
    })),
    creditGroups: data.creditGroups.map((g) => ({
      id: g.id,
      name: g.name,
      minCredits: readDecimal(g.minCredits) as Fixed,
      types: g.creditTypes === undefined ? undefined : new Set(g.creditTypes),
    })),
  };
}

export function buildRuntime(json: CompiledProgramJSON): ProgramSetRuntime {
  const courses = createMatchIndex();
  const tests = createMatchIndex();
  const programs = new Map(json.programs.map((p) => [p.id, buildProgram(p, courses, tests)]));
  return { root: programs.get(json.programId)!, programs, courses, tests };
}
