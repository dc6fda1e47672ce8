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
import { evaluateLogic } from "./logic.js";
import type { CriterionRuntime, ProgramRuntime, ProgramSetRuntime } from "./runtime.js";

const NONE: readonly never[] = [];

/** What every program evaluated for one student shares. */
interface StudentContext {
  student: PreparedStudent;
  records: (slot: number) => readonly PreparedRecord[];
  scores: (slot: number) => readonly PreparedTest[];
  credits: () => CreditTotals;
  /** Statuses of the other programs, filled in before any program that names them. */
  statuses: Map<string, Status>;
}

/**
 * The programs to evaluate for a student besides the root, each after the programs it needs: a
 * listed program is evaluated when the student is assigned to it and has not completed it
 * (DESIGN.md §4). Iterative, so no chain of programs can exhaust the stack.
 */
function programsNeeded(set: ProgramSetRuntime, student: PreparedStudent): ProgramRuntime[] {
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
export function evaluateStudent(set: ProgramSetRuntime, student: PreparedStudent): ProgressReport {
  const records = bucketBySlot(student.transcript, set.courses, (r) => r.courseNumber, (r) => r.stateCode);
  const scores = bucketBySlot(student.tests, set.tests, (t) => t.testCode, (t) => t.stateCode);
  let credits: CreditTotals | undefined;
  const context: StudentContext = {
    student,
    records: (slot) => records[slot] ?? NONE,
    scores: (slot) => scores[slot] ?? NONE,
    credits: () => (credits ??= creditTotals(student)),
    statuses: new Map(),
  };
  for (const program of programsNeeded(set, student)) context.statuses.set(program.plan.id, evaluateProgram(program, context).status);
  const run = evaluateProgram(set.root, context);
  const root = set.root;
  return {
    programId: root.plan.id,
    studentId: student.id,
    status: run.status,
    criteria: run.criteria,
    creditGroups: run.creditGroups,
    statuses: root.statuses.map((s) => ({
      status: s.status,
      result: STATUS_OF_RANK[evaluateLogic(s.logic, (i) => RANK[run.results.get(root.ordered[i]!.plan.id)!.status])]!,
    })),
    recommendations: root.ordered.flatMap((c) => c.recommendations.map((r) => r.evaluate(run.scope))),
    warnings: [...root.plan.warnings, ...student.warnings],
  };
}

function evaluateProgram(program: ProgramRuntime, context: StudentContext) {
  const results = new Map<string, CriterionResult>();
  const scope: EvaluationScope = {
    student: context.student,
    records: context.records,
    scores: context.scores,
    programStatus: (programId) => context.statuses.get(programId)!,
    criterion: (id) => results.get(id)!,
  };
  for (const criterion of program.evaluationOrder) results.set(criterion.plan.id, evaluateCriterion(criterion, scope));
  const criteria = program.topLevel.map((c) => results.get(c.plan.id)!);
  const creditGroups = program.creditGroups.map((g) => evaluateCreditGroup(g, context.credits()));
  let low = 2;
  for (const c of criteria) low = Math.min(low, RANK[c.status]);
  for (const g of creditGroups) low = Math.min(low, RANK[g.status]);
  return { status: STATUS_OF_RANK[low]!, criteria, creditGroups, results, scope };
}

function evaluateCriterion(criterion: CriterionRuntime, scope: EvaluationScope): CriterionResult {
  const requirements: RequirementResult[] = criterion.requirements.map((r) => r.evaluate(scope));
  const d = criterion.plan;
  const result: CriterionResult = {
    id: d.id,
    status: STATUS_OF_RANK[evaluateLogic(criterion.logic, (i) => RANK[requirements[i]!.status])]!,
    expression: d.canonical,
    requirements,
  };
  if (d.description !== undefined) result.description = d.description;
  if (d.creditType !== undefined) result.creditType = d.creditType;
  if (d.displayAlert !== undefined) result.displayAlert = d.displayAlert;
  if (d.displayOrder !== undefined) result.displayOrder = d.displayOrder;
  return result;
}
