import { readDecimal, type Fixed } from "../decimal/index.js";
import {
  CUMULATIVE,
  prepareChild,
  prepareCourse,
  prepareGpa,
  prepareGpaFilter,
  prepareProgramRequirement,
  prepareTest,
  type GpaFilter,
  type RequirementRuntime,
  type ResolvedSettings,
} from "../requirements/index.js";
import type { RequirementDefinition } from "../schema/program-schema.js";
import type { CompiledCriterion, CompiledProgramData, CompiledProgramJSON } from "./compiled.js";

/*
 * The evaluators' view of a compiled program, built once per compiled program: patterns
 * compiled to matchers, minimums read into exact numbers, references resolved to indexes.
 */

export interface CriterionRuntime {
  data: CompiledCriterion;
  requirements: RequirementRuntime[];
  recommendations: RequirementRuntime[];
  /** Requirement id → index in `requirements`. */
  index: Map<string, number>;
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
}

export interface ProgramSetRuntime {
  root: ProgramRuntime;
  programs: Map<string, ProgramRuntime>;
}

function prepareRequirement(
  definition: RequirementDefinition,
  criterion: string,
  settings: ResolvedSettings,
  parentCreditTypes: ReadonlySet<string> | undefined,
  filters: ReadonlyMap<string, GpaFilter>,
): RequirementRuntime {
  switch (definition.type) {
    case "course":
      return prepareCourse(definition, criterion, settings, parentCreditTypes);
    case "test":
      return prepareTest(definition, criterion, settings);
    case "gpa":
      return prepareGpa(definition, criterion, settings, filters);
    case "program":
      return prepareProgramRequirement(definition, criterion);
    case "child":
      return prepareChild(definition, criterion);
  }
}

function buildProgram(data: CompiledProgramData): ProgramRuntime {
  const settings = data.settings;
  const parentTypes = data.parentCreditTypes === undefined ? undefined : new Set(data.parentCreditTypes);
  const filters = new Map<string, GpaFilter>([[CUMULATIVE.id, CUMULATIVE]]);
  for (const calculation of data.gpaCalculations) filters.set(calculation.id, prepareGpaFilter(calculation, settings));
  const prepare = (r: RequirementDefinition, c: CompiledCriterion) => prepareRequirement(r, c.id, settings, parentTypes, filters);
  const ordered = data.criteria.map((c) => ({
    data: c,
    requirements: c.requirements.map((r) => prepare(r, c)),
    recommendations: c.recommendations.map((r) => prepare(r, c)),
    index: new Map(c.requirements.map((r, i) => [r.id, i])),
  }));
  const criteria = new Map(ordered.map((c) => [c.data.id, c]));
  return {
    data,
    criteria,
    ordered,
    topLevel: data.topLevel.map((id) => criteria.get(id)!),
    creditGroups: data.creditGroups.map((g) => ({
      id: g.id,
      name: g.name,
      minCredits: readDecimal(g.minCredits) as Fixed,
      types: g.creditTypes === undefined ? undefined : new Set(g.creditTypes),
    })),
  };
}

export function buildRuntime(json: CompiledProgramJSON): ProgramSetRuntime {
  const programs = new Map(json.programs.map((p) => [p.id, buildProgram(p)]));
  return { root: programs.get(json.programId)!, programs };
}
