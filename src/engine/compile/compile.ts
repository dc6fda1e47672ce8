import { ExpressionSyntaxError, ProgramDefinitionError } from "../../errors/index.js";
import { parseExpression, type Expression } from "../../expression/index.js";
import { ProgramShape, type ProgramRead } from "../../definition/shape.js";
import { readShape } from "../../shape/read.js";
import { IssueSink, type Path } from "../../shape/issues.js";
import { COMPILED_FORMAT, COMPILED_VERSION, type CompiledProgramJSON } from "../plan/shape.js";
import { firstById, namedPrograms, validateProgramLinks, type LinkedProgram } from "../validate/program-links.js";
import { validateProgramRules, type ProgramView, type ValidatedExpressions } from "../validate/program-rules.js";
import { writeProgramPlan } from "./write-plan.js";

/*
 * Compiling: read every definition (the program and the ones it may name) with the shape reader,
 * check every rule, then write the plan. Every problem in every program is collected into one
 * ProgramDefinitionError: first the shapes (a definition whose shape is wrong cannot be checked
 * further), then every other rule. This stage alone parses expression text.
 */

interface Input {
  read: ProgramRead;
  prefix: Path;
}

function parseAt(issues: IssueSink, text: string, path: Path): Expression | undefined {
  try {
    return parseExpression(text);
  } catch (error) {
    if (!ExpressionSyntaxError.is(error)) throw error;
    issues.add(path, "expressionSyntax", error.message);
    return undefined;
  }
}

function viewOf({ read, prefix }: Input, issues: IssueSink): ProgramView {
  return {
    prefix,
    gradeScale: read.settings?.gradeScale,
    parentCreditTypes: read.parentCreditTypes,
    creditGroups: read.creditGroups ?? [],
    gpaCalculations: read.gpaCalculations ?? [],
    criteria: read.criteria.map((criterion, ci) => {
      const path = [...prefix, "criteria", ci];
      return {
        id: criterion.id,
        path,
        requirements: criterion.requirements.map((definition, ri) => ({ definition, path: [...path, "requirements", ri] })),
        expressionPath: [...path, "expression"],
        expression: () => parseAt(issues, criterion.expression, [...path, "expression"]),
      };
    }),
    statuses: (read.statuses ?? []).map((status, i) => ({
      status: status.status,
      statusPath: [...prefix, "statuses", i, "status"],
      expressionPath: [...prefix, "statuses", i, "expression"],
      expression: () => parseAt(issues, status.expression, [...prefix, "statuses", i, "expression"]),
    })),
  };
}

function readInputs(definition: unknown, programs: unknown, issues: IssueSink): Input[] {
  const values: { value: unknown; prefix: Path }[] = [{ value: definition, prefix: [] }];
  if (programs !== undefined) {
    if (Array.isArray(programs)) programs.forEach((value, i) => values.push({ value, prefix: ["programs", i] }));
    else issues.add(["programs"], "invalidType", "options.programs must be a list of program definitions");
  }
  const inputs: Input[] = [];
  for (const { value, prefix } of values) {
    const result = readShape(ProgramShape, value, prefix, issues);
    if (result.ok) inputs.push({ read: result.value, prefix });
  }
  return inputs;
}

/** Validates a program and the programs it may name, then writes the compiled plan. */
export function compileToPlan(definition: unknown, programs: unknown): CompiledProgramJSON {
  const issues = new IssueSink();
  const inputs = readInputs(definition, programs, issues);
  if (issues.size > 0) throw new ProgramDefinitionError(issues.list());

  const views = inputs.map((input) => viewOf(input, issues));
  const validated: ValidatedExpressions[] = views.map((view) => validateProgramRules(issues, view));
  const linked: LinkedProgram[] = inputs.map((input, i) => ({
    id: input.read.id,
    idPath: [...input.prefix, "id"],
    requirements: views[i]!.criteria.flatMap((c) => c.requirements),
  }));
  validateProgramLinks(issues, linked, "the programs given in options.programs");
  if (issues.size > 0) throw new ProgramDefinitionError(issues.list());

  // The artefact holds the evaluated program and those it can reach, in the order first reached.
  const byId = firstById(linked.map((program, i) => ({ ...program, index: i })));
  const reachable = [0];
  for (let i = 0; i < reachable.length; i++) {
    for (const id of namedPrograms(linked[reachable[i]!]!.requirements)) {
      const next = byId.get(id)!.index;
      if (!reachable.includes(next)) reachable.push(next);
    }
  }
  return {
    format: COMPILED_FORMAT,
    version: COMPILED_VERSION,
    programId: inputs[0]!.read.id,
    programs: reachable.map((i) => writeProgramPlan(inputs[i]!.read, validated[i]!)),
  };
}
