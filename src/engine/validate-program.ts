import { ExpressionSyntaxError } from "../errors/index.js";
import { collectReferences, parseExpression, type Expression } from "../expression/index.js";
import type { ProgramDefinition } from "../schema/program-schema.js";
import { findCycles } from "./cycles.js";
import {
  checkNotEmpty,
  checkPatterns,
  checkPositive,
  checkReferenceId,
  checkUnique,
  type IssueList,
  type Path,
} from "./issues.js";
import { validateRequirement } from "./validate-requirement.js";

/** What validation learnt that compiling reuses: the parsed expressions, by index. */
export interface ValidatedProgram {
  definition: ProgramDefinition;
  prefix: Path;
  expressions: (Expression | undefined)[];
  statusExpressions: (Expression | undefined)[];
}

function parseAt(issues: IssueList, text: string, path: Path): Expression | undefined {
  try {
    return parseExpression(text);
  } catch (error) {
    if (!ExpressionSyntaxError.is(error)) throw error;
    issues.add(path, "expressionSyntax", error.message);
    return undefined;
  }
}

/** Every rule that one program must follow on its own (links between programs are checked apart). */
export function validateProgram(issues: IssueList, definition: ProgramDefinition, prefix: Path): ValidatedProgram {
  const at = (...rest: Path): Path => [...prefix, ...rest];
  const criteria = definition.criteria;

  checkNotEmpty(issues, definition.parentCreditTypes, at("parentCreditTypes"), "count every credit type");
  const groups = definition.creditGroups ?? [];
  checkUnique(issues, groups.map((g) => g.id), (i) => at("creditGroups", i, "id"), "credit group id");
  groups.forEach((group, i) => {
    checkPositive(issues, group.minCredits, at("creditGroups", i, "minCredits"));
    checkNotEmpty(issues, group.creditTypes, at("creditGroups", i, "creditTypes"), "count every credit type");
  });

  const calculations = definition.gpaCalculations ?? [];
  checkUnique(issues, calculations.map((c) => c.id), (i) => at("gpaCalculations", i, "id"), "GPA calculation id");
  calculations.forEach((calculation, i) => {
    if (calculation.id === "cumulative") {
      issues.add(at("gpaCalculations", i, "id"), "reservedId", `"cumulative" is the built-in calculation; choose another id`);
    }
    checkNotEmpty(issues, calculation.courses, at("gpaCalculations", i, "courses"), "take every course");
    checkPatterns(issues, calculation.courses, at("gpaCalculations", i, "courses"));
    checkNotEmpty(issues, calculation.gradeLevels, at("gpaCalculations", i, "gradeLevels"), "take every grade level");
  });
  const calculationIds = new Set(calculations.map((c) => c.id));

  checkUnique(issues, criteria.map((c) => c.id), (i) => at("criteria", i, "id"), "criterion id");
  const criterionIds = new Set(criteria.map((c) => c.id));
  const linkedBy = new Map<string, Path>();

  const expressions = criteria.map((criterion, ci) => {
    checkReferenceId(issues, criterion.id, at("criteria", ci, "id"), "criterion");
    const requirements = criterion.requirements;
    checkUnique(issues, requirements.map((r) => r.id), (ri) => at("criteria", ci, "requirements", ri, "id"), "requirement id");
    requirements.forEach((requirement, ri) => {
      const path = at("criteria", ci, "requirements", ri);
      checkReferenceId(issues, requirement.id, [...path, "id"], "requirement");
      validateRequirement(issues, requirement, path, calculationIds);
      if (requirement.type !== "child") return;
      const target = requirement.criterion;
      if (target === criterion.id) {
        issues.add([...path, "criterion"], "selfLink", `criterion ${JSON.stringify(target)} cannot link to itself`);
      } else if (!criterionIds.has(target)) {
        issues.add([...path, "criterion"], "unknownCriterion", `no criterion ${JSON.stringify(target)} in this program`);
      } else if (linkedBy.has(target)) {
        issues.add(
          [...path, "criterion"],
          "linkedTwice",
          `criterion ${JSON.stringify(target)} is already linked by ${linkedBy.get(target)!.join(".")}; a criterion may have one parent`,
        );
      } else {
        linkedBy.set(target, [...path, "criterion"]);
      }
    });

    const expressionPath = at("criteria", ci, "expression");
    const expression = parseAt(issues, criterion.expression, expressionPath);
    if (expression !== undefined) checkReferences(issues, expression, criterion.requirements, criterion.id, expressionPath);
    return expression;
  });

  const children = new Map<string, string[]>();
  for (const criterion of criteria) {
    children.set(
      criterion.id,
      criterion.requirements.flatMap((r) => (r.type === "child" && r.criterion !== criterion.id ? [r.criterion] : [])),
    );
  }
  for (const cycle of findCycles([...children.keys()], (id) => children.get(id) ?? [])) {
    const first = criteria.findIndex((c) => c.id === cycle[0]);
    issues.add(at("criteria", first), "cycle", `criteria link each other in a cycle: ${cycle.join(" → ")}`);
  }

  const statuses = definition.statuses ?? [];
  checkUnique(issues, statuses.map((s) => s.status), (i) => at("statuses", i, "status"), "status");
  const statusExpressions = statuses.map((status, i) => {
    const path = at("statuses", i, "expression");
    const expression = parseAt(issues, status.expression, path);
    if (expression === undefined) return undefined;
    const unknown = [...new Set(collectReferences(expression).map((r) => r.id))].filter((id) => !criterionIds.has(id));
    for (const id of unknown) {
      issues.add(path, "unknownReference", `status expression names criterion ${JSON.stringify(id)}, which this program does not define`);
    }
    return expression;
  });

  return { definition, prefix, expressions, statusExpressions };
}

function checkReferences(
  issues: IssueList,
  expression: Expression,
  requirements: ProgramDefinition["criteria"][number]["requirements"],
  criterionId: string,
  path: Path,
): void {
  const referenced = new Set(collectReferences(expression).map((r) => r.id));
  const byId = new Map(requirements.map((r) => [r.id, r]));
  for (const id of referenced) {
    const requirement = byId.get(id);
    if (requirement === undefined) {
      issues.add(path, "unknownReference", `the expression names ${JSON.stringify(id)}, which is not a requirement of criterion ${JSON.stringify(criterionId)}`);
    } else if (requirement.type === "course" && requirement.recommended === true) {
      issues.add(path, "recommendedReferenced", `requirement ${JSON.stringify(id)} is recommended, so the expression must not name it`);
    }
  }
  for (const requirement of requirements) {
    const recommended = requirement.type === "course" && requirement.recommended === true;
    if (!recommended && !referenced.has(requirement.id)) {
      issues.add(
        path,
        "unusedRequirement",
        `requirement ${JSON.stringify(requirement.id)} is not used by the expression: name it there, or (for a course requirement) mark it recommended`,
      );
    }
  }
}
