import { formatPath, ProgramDefinitionError, type Issue } from "../../errors/index.js";
import { kindOf, type RequirementRead } from "../../requirements/index.js";
import { readShape } from "../../shape/read.js";
import { IssueSink, type Path } from "../../shape/issues.js";
import { firstById, validateProgramLinks } from "../validate/program-links.js";
import { validateProgramRules, type CriterionEntry, type ProgramView } from "../validate/program-rules.js";
import { COMPILED_FORMAT, COMPILED_VERSION, CompiledProgramShape, type PlanRead, type ProgramPlanRead } from "./shape.js";
import { topLevelOrder } from "./top-level.js";

/*
 * Loading a compiled plan (`compiled.toJSON()`, perhaps fetched by a browser) checks it fully: its
 * shape field by field, then every rule compiling checked (references, links, cycles, depth), so
 * that no altered artefact can reach the evaluators. A damaged one is reported as
 * `damagedCompiledProgram` naming the first bad path; a well-formed one is never rejected for
 * its size or depth.
 */

function notCompiled(): ProgramDefinitionError {
  return new ProgramDefinitionError([
    {
      path: [],
      code: "notCompiledProgram",
      message: `expected the output of compileProgram(...).toJSON() (format "${COMPILED_FORMAT}", version ${COMPILED_VERSION})`,
    },
  ]);
}

function damaged(first: Issue): ProgramDefinitionError {
  return new ProgramDefinitionError([
    {
      path: first.path,
      code: "damagedCompiledProgram",
      message: `the compiled program is damaged at ${formatPath(first.path)} (${first.message}); compile the definition again and ship the new compiled.toJSON() unchanged`,
    },
  ]);
}

function envelope(json: unknown): boolean {
  try {
    if (typeof json !== "object" || json === null) return false;
    const { format, version } = json as { format?: unknown; version?: unknown };
    return format === COMPILED_FORMAT && version === COMPILED_VERSION;
  } catch {
    return false;
  }
}

function criterionEntries(program: ProgramPlanRead, prefix: Path): CriterionEntry[] {
  return program.criteria.map((criterion, ci) => {
    const path = [...prefix, "criteria", ci];
    return {
      id: criterion.id,
      path,
      requirements: [
        ...criterion.requirements.map((definition, ri) => ({ definition, path: [...path, "requirements", ri] })),
        ...criterion.recommendations.map((definition, ri) => ({ definition, path: [...path, "recommendations", ri] })),
      ],
      expressionPath: [...path, "expression"],
      expression: () => criterion.expression,
    };
  });
}

function viewOf(program: ProgramPlanRead, prefix: Path): ProgramView {
  return {
    prefix,
    gradeScale: program.settings.gradeScale,
    parentCreditTypes: program.parentCreditTypes,
    creditGroups: program.creditGroups,
    gpaCalculations: program.gpaCalculations,
    criteria: criterionEntries(program, prefix),
    statuses: program.statuses.map((status, i) => ({
      status: status.status,
      statusPath: [...prefix, "statuses", i, "status"],
      expressionPath: [...prefix, "statuses", i, "expression"],
      expression: () => status.expression,
    })),
  };
}

/** What compiling would have written: recommended requirements apart, criteria in display order. */
function checkLayout(program: ProgramPlanRead, prefix: Path, issues: IssueSink): void {
  const isRecommended = (r: RequirementRead) => kindOf(r).isRecommended?.(r) === true;
  program.criteria.forEach((criterion, ci) => {
    criterion.requirements.forEach((r, ri) => {
      if (isRecommended(r)) issues.add([...prefix, "criteria", ci, "requirements", ri], "misplaced", "a recommended requirement is listed with the criterion's requirements");
    });
    criterion.recommendations.forEach((r, ri) => {
      if (!isRecommended(r)) issues.add([...prefix, "criteria", ci, "recommendations", ri], "misplaced", "a requirement that is not recommended is listed as a recommendation");
    });
  });
  const expected = topLevelOrder(
    program.criteria.map((c) => ({ id: c.id, displayOrder: c.displayOrder, requirements: c.requirements })),
  ).ids;
  if (expected.length !== program.topLevel.length || expected.some((id, i) => program.topLevel[i] !== id)) {
    issues.add([...prefix, "topLevel"], "misplaced", `expected the top-level criteria ${JSON.stringify(expected)}`);
  }
}

/** Checks an artefact fully and returns it read (decimals exact); throws ProgramDefinitionError. */
export function loadPlan(json: unknown): PlanRead {
  if (!envelope(json)) throw notCompiled();
  const read = readShape(CompiledProgramShape, json);
  if (!read.ok) throw damaged(read.sink.list()[0]!);
  const plan = read.value;
  const issues = new IssueSink();
  const prefixes = plan.programs.map((_, i): Path => ["programs", i]);
  plan.programs.forEach((program, i) => {
    const view = viewOf(program, prefixes[i]!);
    validateProgramRules(issues, view);
    checkLayout(program, prefixes[i]!, issues);
  });
  validateProgramLinks(
    issues,
    plan.programs.map((program, i) => ({
      id: program.id,
      idPath: [...prefixes[i]!, "id"],
      requirements: viewOf(program, prefixes[i]!).criteria.flatMap((c) => c.requirements),
    })),
    "the programs of the compiled program",
  );
  if (!firstById(plan.programs).has(plan.programId)) {
    issues.add(["programId"], "unknownProgram", `no program ${JSON.stringify(plan.programId)} among the compiled programs`);
  }
  if (issues.size > 0) throw damaged(issues.list()[0]!);
  return plan;
}
