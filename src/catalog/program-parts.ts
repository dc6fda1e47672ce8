import { ProgramDefinitionError } from "../errors/index.js";
import { ProgramShape } from "../definition/shape.js";
import { compileProgram, type CompileOptions } from "../engine/progress.js";
import { isCompiledProgram, type CompiledProgram } from "../engine/compiled-program.js";
import { CompiledProgramShape } from "../engine/plan/shape.js";
import type { CreditGroupRead } from "../requirements/credit-group.js";
import type { GpaCalculationDefinition, RequirementRead } from "../requirements/index.js";
import type { Path } from "../shape/issues.js";
import { readShape } from "../shape/read.js";

/*
 * The parts of a program that meet a catalog, each with its path. Given a definition, paths point
 * into it; given a compiled program, into its plan's first program, whose criteria keep the
 * definition's order but hold recommended requirements apart (`recommendations`).
 */

export interface RequirementPart {
  criterion: string;
  id: string;
  description: string | undefined;
  path: Path;
  requirement: RequirementRead;
}

export interface ProgramParts {
  compiled: CompiledProgram;
  caseSensitive: boolean;
  parentCreditTypes: readonly string[] | undefined;
  creditGroups: readonly CreditGroupRead[];
  gpaCalculations: readonly GpaCalculationDefinition[];
  requirements: RequirementPart[];
}

function part(criterion: string, requirement: RequirementRead, path: Path): RequirementPart {
  return { criterion, id: requirement.id, description: requirement.description, path, requirement };
}

function programsGiven(options: unknown): boolean {
  try {
    return typeof options === "object" && options !== null && (options as CompileOptions).programs !== undefined;
  } catch {
    return true;
  }
}

/** The program's parts; a definition is compiled first, so a bad one throws ProgramDefinitionError as compileProgram does. */
export function programParts(program: unknown, options: CompileOptions | undefined): ProgramParts {
  if (isCompiledProgram(program)) {
    if (programsGiven(options)) {
      throw new ProgramDefinitionError([
        { path: ["programs"], code: "programsWithCompiled", message: "a compiled program keeps the programs it was compiled with; give options.programs to compileProgram instead" },
      ]);
    }
    const read = readShape(CompiledProgramShape, program.toJSON());
    if (!read.ok) throw new ProgramDefinitionError(read.sink.list());
    const plan = read.value.programs[0]!;
    return {
      compiled: program,
      caseSensitive: plan.settings.caseSensitive,
      parentCreditTypes: plan.parentCreditTypes,
      creditGroups: plan.creditGroups,
      gpaCalculations: plan.gpaCalculations,
      requirements: plan.criteria.flatMap((c, i) => [
        ...c.requirements.map((r, j) => part(c.id, r, ["criteria", i, "requirements", j])),
        ...c.recommendations.map((r, j) => part(c.id, r, ["criteria", i, "recommendations", j])),
      ]),
    };
  }
  const compiled = compileProgram(program, options);
  // Compiling read the definition without a problem, so reading it again succeeds.
  const read = readShape(ProgramShape, program);
  if (!read.ok) throw new ProgramDefinitionError(read.sink.list());
  const definition = read.value;
  return {
    compiled,
    caseSensitive: definition.settings?.caseSensitive ?? false,
    parentCreditTypes: definition.parentCreditTypes,
    creditGroups: definition.creditGroups ?? [],
    gpaCalculations: definition.gpaCalculations ?? [],
    requirements: definition.criteria.flatMap((c, i) => c.requirements.map((r, j) => part(c.id, r, ["criteria", i, "requirements", j]))),
  };
}
