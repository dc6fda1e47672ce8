import type { Status } from "../../model/vocabulary.js";
import { creditTotals, evaluateCreditGroup, type CreditTotals } from "../../requirements/credit-group.js";
import {
  bucketBySlot,
  RANK,
  STATUS_OF_RANK,
  type EvaluationScope,
} from "../../requirements/index.js";
import type { PreparedRecord, PreparedStudent, PreparedTest } from "../../student/prepared.js";
import type { CriterionResult, ProgressReport, RequirementResult } from "../../report/types.js";
import type { ReportDetail } from "../../report/compact.js";
import { resolveExceptions, type ProgramExceptions, type TargetExceptions } from "./exceptions.js";
import { evaluateLogic } from "./logic.js";
import { remainingOf } from "./remaining.js";
import { muting, mutedRequirement } from "./muting.js";
import { allocate, type AllocationOutcome } from "./allocation.js";
import { withRepeats } from "./repeats.js";
import type { CriterionRuntime, ProgramRuntime, ProgramSetRuntime, RequirementRuntime } from "./runtime.js";

const NONE: readonly never[] = [];

/** What every program evaluated for one student shares. */
interface StudentContext {
  student: PreparedStudent;
  records: (slot: number) => readonly PreparedRecord[];
  scores: (slot: number) => readonly PreparedTest[];
  plannedScores: (slot: number) => readonly PreparedTest[];
  credits: () => CreditTotals;
  /** Whether credit totals keep in-progress credits apart (some group has a pace). */
  paced: boolean;
  /** Statuses of the other programs, filled in before any program that names them. */
  statuses: Map<string, Status>;
  /** `detail: "compact"`: no listings and no static text (DESIGN.md Part II "Report detail"). */
  compact: boolean;
}

/**
 * The programs to evaluate for a student besides the root, each after the programs it needs: a
 * listed program is evaluated when the student is assigned to it and has not completed it
 * (DESIGN.md §4). Iterative, so no chain of programs can exhaust the stack.
 */
function programsNeeded(set: ProgramSetRuntime, student: PreparedStudent): readonly ProgramRuntime[] {
  if (set.root.named.length === 0) return NONE;
  const order: ProgramRuntime[] = [];
  const seen = new Set<ProgramRuntime>([set.root]);
  const stack: { program: ProgramRuntime; next: number }[] = [{ program: set.root, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.program.named.length) {
      const id = frame.program.named[frame.next++]!;
      const program = set.programs.get(id);
      if (program !== undefined && !seen.has(program) && student.programs.get(id) === "assigned") {
        seen.add(program);
        stack.push({ program, next: 0 });
      }
      continue;
    }
    stack.pop();
    if (frame.program !== set.root) order.push(frame.program);
  }
  return order;
}

/** One student against one program set: other programs are evaluated at most once each. */
export function evaluateStudent(set: ProgramSetRuntime, student: PreparedStudent, detail: ReportDetail = "full"): ProgressReport {
  const records = bucketBySlot(student.transcript, set.courses, (r) => r.courseNumber, (r) => r.stateCode);
  const scores = bucketBySlot(student.tests, set.tests, (t) => t.testCode, (t) => t.stateCode);
  const planned =
    student.plannedTests.length === 0 ? undefined : bucketBySlot(student.plannedTests, set.tests, (t) => t.testCode, (t) => t.stateCode);
  let credits: CreditTotals | undefined;
  const context: StudentContext = {
    student,
    records: (slot) => records[slot] ?? NONE,
    scores: (slot) => scores[slot] ?? NONE,
    plannedScores: (slot) => planned?.[slot] ?? NONE,
    credits: () => (credits ??= creditTotals(student, set.paced)),
    paced: set.paced,
    statuses: new Map(),
    compact: detail === "compact",
  };
  const needed = programsNeeded(set, student);
  const exceptions = student.exceptions.length === 0 ? undefined : resolveExceptions(student, [set.root, ...needed]);
  const cut: string[] = [];
  for (const program of needed) {
    const other = evaluateProgram(program, context, exceptions?.programs.get(program));
    context.statuses.set(program.plan.id, other.status);
    if (other.cut) cut.push(program.plan.id);
  }
  const run = evaluateProgram(set.root, context, exceptions?.programs.get(set.root));
  if (run.cut) cut.unshift(set.root.plan.id);
  const root = set.root;
  const report: ProgressReport = {
    programId: root.plan.id,
    studentId: student.id,
    status: run.status,
    criteria: run.criteria,
    creditGroups: run.creditGroups,
    statuses: root.statuses.map((s) => ({
      status: s.status,
      result: STATUS_OF_RANK[evaluateLogic(s.logic, (i) => RANK[run.results.get(root.ordered[i]!.plan.id)!.status])]!,
    })),
    recommendations: root.ordered.flatMap((c) => c.recommendations.map((r) => r.evaluate(run.scope, undefined))),
    warnings: [...root.plan.warnings, ...student.warnings, ...(exceptions?.warnings ?? NONE), ...budgetWarning(cut)],
    remaining: remainingOf(run.criteria, run.creditGroups),
  };
  if (exceptions !== undefined && exceptions.outcomes.length > 0) report.exceptions = exceptions.outcomes;
  return report;
}

/** The search for an exclusive allocation was cut short in these programs (A-X3, A-11.7). */
function budgetWarning(programs: readonly string[]) {
  if (programs.length === 0) return NONE;
  const names = programs.map((id) => JSON.stringify(id)).join(", ");
  return [
    {
      code: "allocationBudget",
      message: `the exclusive allocation of ${names} reached its search budget: the best assignment found was used, and a better one may exist`,
      path: [],
    },
  ];
}

/** A waive makes the result met; every applied exception is listed on it (DESIGN.md §10). */
function mark(result: { status: Status; exceptions?: TargetExceptions["entries"] }, target: TargetExceptions | undefined): void {
  if (target === undefined) return;
  if (target.waived) result.status = "met";
  result.exceptions = target.entries;
}

function evaluateProgram(program: ProgramRuntime, context: StudentContext, exceptions: ProgramExceptions | undefined) {
  const results = new Map<string, CriterionResult>();
  const settings = program.plan.settings;
  const setAside =
    settings.repeats === undefined || settings.repeats === "all"
      ? exceptions?.setAside
      : withRepeats(context.student, settings.repeats, settings.gpaType, settings.caseSensitive, exceptions?.setAside);
  const scope: EvaluationScope = {
    student: context.student,
    compact: context.compact,
    records: context.records,
    scores: context.scores,
    plannedScores: context.plannedScores,
    setAside,
    programStatus: (programId) => context.statuses.get(programId)!,
    criterion: (id) => results.get(id)!,
    owners: undefined,
  };
  // Records an exclude (or a repeat) leaves out of the program leave its credit groups too.
  const totals = setAside === undefined ? context.credits() : creditTotals(context.student, context.paced, setAside);
  const gradeLevel = context.student.gradeLevel;
  const creditGroups = program.creditGroups.map((g) => {
    const target = exceptions?.creditGroups.get(g);
    const result = evaluateCreditGroup(g, totals, gradeLevel, target?.minimum, context.compact);
    if (target !== undefined) mark(result, target);
    return result;
  });
  let low = 2;
  for (const g of creditGroups) low = Math.min(low, RANK[g.status]);
  let outcome: AllocationOutcome | undefined;
  if (program.allocation !== undefined) {
    outcome = allocate({
      plan: program.allocation,
      scope,
      adjustment: (r) => exceptions?.requirements.get(r),
      waived: (r) => exceptions?.requirements.get(r)?.waived === true,
      evaluate: (r) => evaluateRequirement(r, scope, exceptions),
      criterionWaived: (i) => exceptions?.criteria.get(program.ordered[i]!)?.waived === true,
      groupsRank: low,
    });
    scope.owners = outcome.owners;
  }
  for (const criterion of program.evaluationOrder) results.set(criterion.plan.id, evaluateCriterion(criterion, scope, exceptions, outcome));
  const criteria = program.topLevel.map((c) => results.get(c.plan.id)!);
  // Optional criteria are reported but do not lower the program's status (§11).
  for (const c of program.topLevel) if (!program.optional.has(c)) low = Math.min(low, RANK[results.get(c.plan.id)!.status]);
  return { status: STATUS_OF_RANK[low]!, criteria, creditGroups, results, scope, cut: outcome?.cut === true };
}

/** One requirement's result with what the program's exceptions change in it. */
function evaluateRequirement(
  requirement: RequirementRuntime,
  scope: EvaluationScope,
  exceptions: ProgramExceptions | undefined,
  final?: RequirementResult,
): RequirementResult {
  if (exceptions === undefined) return final ?? requirement.evaluate(scope, undefined);
  const target = exceptions.requirements.get(requirement);
  const result = final ?? requirement.evaluate(scope, target);
  mark(result, target);
  return result;
}

function evaluateCriterion(
  criterion: CriterionRuntime,
  scope: EvaluationScope,
  exceptions: ProgramExceptions | undefined,
  outcome: AllocationOutcome | undefined,
): CriterionResult {
  // Requirements the allocation search already evaluated are not evaluated again.
  const requirements: RequirementResult[] = criterion.requirements.map(
    (r) => outcome?.evaluated(r) ?? evaluateRequirement(r, scope, exceptions, outcome?.final(r)),
  );
  const d = criterion.plan;
  const rankAt = (i: number) => RANK[requirements[i]!.status];
  const mutes = criterion.mutes ? muting(criterion.logic, requirements.length, rankAt) : undefined;
  const status = STATUS_OF_RANK[mutes === undefined ? evaluateLogic(criterion.logic, rankAt) : mutes.rank]!;
  // A compact report leaves the static text to the compiled program's outline.
  const result: CriterionResult = scope.compact
    ? ({ id: d.id, status, requirements } as unknown as CriterionResult)
    : { id: d.id, status, expression: d.canonical, requirements };
  if (d.description !== undefined && !scope.compact) result.description = d.description;
  if (d.creditType !== undefined) result.creditType = d.creditType;
  if (d.displayAlert !== undefined) result.displayAlert = d.displayAlert;
  if (d.displayOrder !== undefined) result.displayOrder = d.displayOrder;
  if (d.required === false) result.required = false;
  // A waived criterion is met; its requirements keep their own statuses.
  if (exceptions !== undefined) mark(result, exceptions.criteria.get(criterion));
  const muted = mutes?.muted;
  if (muted !== undefined) for (let i = 0; i < requirements.length; i++) if (muted[i]) requirements[i] = mutedRequirement(requirements[i]!);
  return result;
}
