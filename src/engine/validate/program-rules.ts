import { collectReferences } from "../../expression/references.js";
import type { Expression } from "../../expression/ast.js";
import {
  checkNotEmpty,
  checkPatterns,
  checkReferenceId,
  checkUnique,
  CUMULATIVE,
  kindOf,
  type GpaCalculationDefinition,
  type RequirementRead,
} from "../../requirements/index.js";
import { validateCreditGroup, type CreditGroupRead } from "../../requirements/credit-group.js";
import type { IssueSink, Path } from "../../shape/issues.js";
import { findCycles } from "./cycles.js";
import { longestPaths } from "./depth.js";
import { MAX_CRITERION_CHAIN } from "./limits.js";

/*
 * Every rule one program follows on its own (DESIGN.md §3–§5, §8 depth), on a program already
 * read by the shape reader. Compiling runs it on a definition (parsing each expression when its
 * criterion is reached, so problems come in the order an author reads them); loading a compiled
 * plan runs it again on the plan, so a damaged artefact is caught before anything evaluates it.
 */

export interface RequirementEntry {
  definition: RequirementRead;
  path: Path;
}

export interface CriterionEntry {
  id: string;
  path: Path;
  /** Every requirement of the criterion, recommended ones included, in definition order. */
  requirements: RequirementEntry[];
  expressionPath: Path;
  /** The parsed expression, or undefined when it does not parse (the problem already reported). */
  expression(): Expression | undefined;
}

export interface StatusEntry {
  status: string;
  statusPath: Path;
  expressionPath: Path;
  expression(): Expression | undefined;
}

export interface ProgramView {
  prefix: Path;
  gradeScale: readonly string[] | undefined;
  parentCreditTypes: readonly string[] | undefined;
  creditGroups: readonly CreditGroupRead[];
  gpaCalculations: readonly GpaCalculationDefinition[];
  criteria: readonly CriterionEntry[];
  statuses: readonly StatusEntry[];
}

/** The parsed expressions, by criterion and by status index. */
export interface ValidatedExpressions {
  criteria: (Expression | undefined)[];
  statuses: (Expression | undefined)[];
}

export function validateProgramRules(issues: IssueSink, view: ProgramView): ValidatedExpressions {
  const at = (...rest: Path): Path => [...view.prefix, ...rest];
  checkNotEmpty(issues, view.parentCreditTypes, at("parentCreditTypes"), "count every credit type");
  const groups = view.creditGroups;
  checkUnique(issues, groups.map((g) => g.id), (i) => at("creditGroups", i, "id"), "credit group id");
  groups.forEach((group, i) => validateCreditGroup(group, at("creditGroups", i), issues));

  const calculations = view.gpaCalculations;
  checkUnique(issues, calculations.map((c) => c.id), (i) => at("gpaCalculations", i, "id"), "GPA calculation id");
  calculations.forEach((calculation, i) => {
    if (calculation.id === CUMULATIVE.id) {
      issues.add(at("gpaCalculations", i, "id"), "reservedId", `"cumulative" is the built-in calculation; choose another id`);
    }
    checkNotEmpty(issues, calculation.courses, at("gpaCalculations", i, "courses"), "take every course");
    checkPatterns(issues, calculation.courses, at("gpaCalculations", i, "courses"));
    checkNotEmpty(issues, calculation.gradeLevels, at("gpaCalculations", i, "gradeLevels"), "take every grade level");
  });
  const scale = view.gradeScale;
  checkNotEmpty(issues, scale, at("settings", "gradeScale"), "use no letter grades");
  if (scale !== undefined) checkUnique(issues, scale, (i) => at("settings", "gradeScale", i), "letter grade");
  const context = { issues, gpaCalculations: new Set(calculations.map((c) => c.id)), gradeScale: scale };

  const criteria = view.criteria;
  checkUnique(issues, criteria.map((c) => c.id), (i) => [...criteria[i]!.path, "id"], "criterion id");
  const criterionIds = new Set(criteria.map((c) => c.id));
  const linkedBy = new Map<string, Path>();

  const expressions = criteria.map((criterion) => {
    checkReferenceId(issues, criterion.id, [...criterion.path, "id"], "criterion");
    const requirements = criterion.requirements;
    checkUnique(issues, requirements.map((r) => r.definition.id), (ri) => [...requirements[ri]!.path, "id"], "requirement id");
    for (const { definition, path } of requirements) {
      checkReferenceId(issues, definition.id, [...path, "id"], "requirement");
      const kind = kindOf(definition);
      kind.validate(definition, path, context);
      const target = kind.linkedCriterion?.(definition);
      if (target === undefined) continue;
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
    }
    const expression = criterion.expression();
    if (expression !== undefined) checkReferences(issues, expression, criterion);
    return expression;
  });

  checkChildChains(issues, criteria, linkedBy);

  const statuses = view.statuses;
  checkUnique(issues, statuses.map((s) => s.status), (i) => statuses[i]!.statusPath, "status");
  const statusExpressions = statuses.map((status) => {
    const expression = status.expression();
    if (expression === undefined) return undefined;
    const unknown = [...new Set(collectReferences(expression).map((r) => r.id))].filter((id) => !criterionIds.has(id));
    for (const id of unknown) {
      issues.add(status.expressionPath, "unknownReference", `status expression names criterion ${JSON.stringify(id)}, which this program does not define`);
    }
    return expression;
  });

  return { criteria: expressions, statuses: statusExpressions };
}

/** The criteria each criterion links through child requirements (self-links left out). */
export function childLinks(criteria: readonly CriterionEntry[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const criterion of criteria) {
    const targets: string[] = [];
    for (const { definition } of criterion.requirements) {
      const target = kindOf(definition).linkedCriterion?.(definition);
      if (target !== undefined && target !== criterion.id) targets.push(target);
    }
    if (!children.has(criterion.id)) children.set(criterion.id, targets);
  }
  return children;
}

/** No cycles of child links, and no chain longer than MAX_CRITERION_CHAIN criteria (§8). */
function checkChildChains(issues: IssueSink, criteria: readonly CriterionEntry[], linkedBy: ReadonlyMap<string, Path>): void {
  const children = childLinks(criteria);
  const edges = (id: string) => (children.get(id) ?? []).filter((target) => children.has(target));
  const cycles = findCycles([...children.keys()], edges);
  for (const cycle of cycles) {
    const first = criteria.find((c) => c.id === cycle[0])!;
    issues.add(first.path, "cycle", `criteria link each other in a cycle: ${cycle.join(" → ")}`);
  }
  if (cycles.length > 0) return;
  const lengths = longestPaths([...children.keys()], edges);
  for (const criterion of criteria) {
    if (linkedBy.has(criterion.id)) continue;
    const length = lengths.get(criterion.id) ?? 1;
    if (length > MAX_CRITERION_CHAIN) {
      issues.add(
        [...criterion.path, "id"],
        "tooDeep",
        `criterion ${JSON.stringify(criterion.id)} starts a chain of ${length} criteria linked by child requirements; at most ${MAX_CRITERION_CHAIN} are allowed`,
      );
    }
  }
}

function checkReferences(issues: IssueSink, expression: Expression, criterion: CriterionEntry): void {
  const path = criterion.expressionPath;
  const referenced = new Set(collectReferences(expression).map((r) => r.id));
  const byId = new Map(criterion.requirements.map((r) => [r.definition.id, r.definition]));
  for (const id of referenced) {
    const requirement = byId.get(id);
    if (requirement === undefined) {
      issues.add(path, "unknownReference", `the expression names ${JSON.stringify(id)}, which is not a requirement of criterion ${JSON.stringify(criterion.id)}`);
    } else if (kindOf(requirement).isRecommended?.(requirement) === true) {
      issues.add(path, "recommendedReferenced", `requirement ${JSON.stringify(id)} is recommended, so the expression must not name it`);
    }
  }
  for (const { definition } of criterion.requirements) {
    const recommended = kindOf(definition).isRecommended?.(definition) === true;
    if (!recommended && !referenced.has(definition.id)) {
      issues.add(
        path,
        "unusedRequirement",
        `requirement ${JSON.stringify(definition.id)} is not used by the expression: name it there, or (for a course requirement) mark it recommended`,
      );
    }
  }
}
