import {
  createMatchIndex,
  CUMULATIVE,
  kindOf,
  loadGpaFilter,
  type CompiledSettings,
  type EvaluationScope,
  type AllocationViewOf,
  type ExceptionTargets,
  type GpaFilter,
  type LoadContext,
  type MatchIndex,
  type RequirementAdjustment,
  type RequirementRead,
  type RequirementResult,
  type RequirementType,
} from "../../requirements/index.js";
import { loadCreditGroup, type CreditGroupRuntime } from "../../requirements/credit-group.js";
import type { CriterionPlanRead, PlanRead, ProgramPlanRead } from "../plan/shape.js";
import { longestPaths } from "../validate/depth.js";
import { planAllocation, type AllocationPlan } from "./allocation-plan.js";
import { compileLogic, type Logic } from "./logic.js";
import { canMute } from "./muting.js";

/*
 * The evaluators' view of a compiled plan, built once when the plan is loaded: patterns compiled
 * into the program set's match indexes, minimums already exact, references resolved to positions,
 * and an evaluation order (linked criteria before the criteria that link them) so that a student's
 * evaluation never recurses.
 */

export interface RequirementRuntime {
  id: string;
  type: RequirementType;
  /** The exceptions besides waive that may target it (§10). */
  targets: ExceptionTargets;
  /** The criterion a child requirement links. */
  links: string | undefined;
  evaluate(scope: EvaluationScope, adjustment: RequirementAdjustment | undefined): RequirementResult;
  /** What exclusive allocation needs, for a requirement that takes records (§11); undefined when it takes none. */
  allocation: AllocationViewOf | undefined;
}

export interface CriterionRuntime {
  plan: CriterionPlanRead;
  requirements: RequirementRuntime[];
  recommendations: RequirementRuntime[];
  /** Requirements and recommendations by id, for exceptions to find their targets. */
  byId: ReadonlyMap<string, RequirementRuntime>;
  /** The expression over positions in `requirements`. */
  logic: Logic;
  /** Whether the expression has an OR or a k OF, so that some operand can be muted (§13). */
  mutes: boolean;
}

export interface ProgramRuntime {
  plan: ProgramPlanRead;
  criteria: Map<string, CriterionRuntime>;
  /** Every criterion, in definition order. */
  ordered: CriterionRuntime[];
  /** Every criterion, each after the criteria it links. */
  evaluationOrder: CriterionRuntime[];
  topLevel: CriterionRuntime[];
  creditGroups: CreditGroupRuntime[];
  /** Top-level criteria with `required: false` (§11): reported, but they do not lower the program status. */
  optional: ReadonlySet<CriterionRuntime>;
  /** Student statuses, their expressions over positions in `ordered`. */
  statuses: { status: string; logic: Logic }[];
  /** The programs its academic-program requirements name, each once, in order. */
  named: string[];
  /** Exclusive allocation (§11): what the search knows before any student; undefined in shared mode. */
  allocation: AllocationPlan | undefined;
}

export interface ProgramSetRuntime {
  root: ProgramRuntime;
  programs: Map<string, ProgramRuntime>;
  /** Every course-number pattern list of every program, numbered (see MatchIndex). */
  courses: MatchIndex;
  /** Every test-code pattern list of every program. */
  tests: MatchIndex;
  /** Some credit group of some program has a pace (credit totals then keep in-progress credits apart). */
  paced: boolean;
}

const NO_TARGETS: ExceptionTargets = {};

function loadRequirement(definition: RequirementRead, context: LoadContext): RequirementRuntime {
  const kind = kindOf(definition);
  const runtime: unknown = kind.load(definition, context);
  return {
    id: definition.id,
    type: definition.type,
    targets: kind.exceptionTargets?.(definition) ?? NO_TARGETS,
    links: kind.linkedCriterion?.(definition),
    evaluate: (scope, adjustment) => kind.evaluate(runtime, scope, adjustment) as RequirementResult,
    allocation: kind.allocation?.(runtime),
  };
}

function evaluationOrder(ordered: readonly CriterionRuntime[], criteria: ReadonlyMap<string, CriterionRuntime>): CriterionRuntime[] {
  const links = (c: CriterionRuntime) =>
    c.plan.requirements.flatMap((r) => {
      const target = kindOf(r).linkedCriterion?.(r);
      return target === undefined ? [] : [criteria.get(target)!];
    });
  // Longest path from each criterion; a criterion links only criteria with shorter paths.
  const depth = longestPaths(ordered, links);
  return [...ordered].sort((a, b) => depth.get(a)! - depth.get(b)!);
}

function buildProgram(plan: ProgramPlanRead, courses: MatchIndex, tests: MatchIndex): ProgramRuntime {
  const settings: CompiledSettings = plan.settings;
  const gpaFilters = new Map<string, GpaFilter>([[CUMULATIVE.id, CUMULATIVE]]);
  for (const calculation of plan.gpaCalculations) {
    gpaFilters.set(calculation.id, loadGpaFilter(calculation, courses, settings.caseSensitive));
  }
  const base = {
    settings,
    gradeRanks: new Map((settings.gradeScale ?? []).map((grade, i) => [grade, i])),
    parentCreditTypes: plan.parentCreditTypes === undefined ? undefined : new Set(plan.parentCreditTypes),
    courses,
    tests,
    gpaFilters,
  };
  const ordered = plan.criteria.map((c): CriterionRuntime => {
    const context: LoadContext = { ...base, criterion: c.id };
    const index = new Map(c.requirements.map((r, i) => [r.id, i]));
    const requirements = c.requirements.map((r) => loadRequirement(r, context));
    const recommendations = c.recommendations.map((r) => loadRequirement(r, context));
    const logic = compileLogic(c.expression, (id) => index.get(id)!);
    return {
      plan: c,
      requirements,
      recommendations,
      byId: new Map([...requirements, ...recommendations].map((r) => [r.id, r])),
      logic,
      mutes: canMute(logic),
    };
  });
  const criteria = new Map(ordered.map((c) => [c.plan.id, c]));
  const criterionIndex = new Map(ordered.map((c, i) => [c.plan.id, i]));
  const named = new Set(
    plan.criteria.flatMap((c) => c.requirements.flatMap((r) => [...(kindOf(r).namedPrograms?.(r) ?? [])])),
  );
  const topLevel = plan.topLevel.map((id) => criteria.get(id)!);
  const shape = {
    ordered,
    evaluationOrder: evaluationOrder(ordered, criteria),
    topLevel,
    optional: new Set(topLevel.filter((c) => c.plan.required === false)),
  };
  return {
    plan,
    criteria,
    ...shape,
    statuses: plan.statuses.map((s) => ({ status: s.status, logic: compileLogic(s.expression, (id) => criterionIndex.get(id)!) })),
    creditGroups: plan.creditGroups.map((g) => loadCreditGroup(g, settings.caseSensitive)),
    named: [...named],
    allocation: settings.allocation === "exclusive" ? planAllocation(shape) : undefined,
  };
}

export function buildRuntime(plan: PlanRead): ProgramSetRuntime {
  const courses = createMatchIndex();
  const tests = createMatchIndex();
  const programs = new Map<string, ProgramRuntime>();
  for (const p of plan.programs) if (!programs.has(p.id)) programs.set(p.id, buildProgram(p, courses, tests));
  // Loading builds everything, so the first student after it costs what every later one does.
  courses.build();
  tests.build();
  const paced = [...programs.values()].some((p) => p.creditGroups.some((g) => g.pace !== undefined));
  return { root: programs.get(plan.programId)!, programs, courses, tests, paced };
}
