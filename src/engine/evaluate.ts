import { add, addTo, compare, formatDecimal, max, newSum, subtract, ZERO, type Fixed, type Sum } from "../decimal/index.js";
import {
  bucketBySlot,
  evaluateRequirement,
  RANK,
  STATUS_OF_RANK,
  statusFromCounts,
  type CreditGroupResult,
  type CriterionResult,
  type EvaluationScope,
  type ProgressReport,
  type Status,
} from "../requirements/index.js";
import type { PreparedStudent } from "../student/prepared.js";
import { evaluateLogic } from "./logic.js";
import type { CreditGroupRuntime, CriterionRuntime, ProgramRuntime, ProgramSetRuntime } from "./runtime.js";

const NONE: readonly never[] = [];

/** The parts of a scope shared by every program evaluated for one student. */
interface SharedScope extends Omit<EvaluationScope, "criterion"> {
  credits(): CreditTotals;
}

/** Earned (completed) and pending (in progress, planned) credits per credit type, and over all types. */
interface CreditTotals {
  byType: Map<string, { earned: Sum; pending: Sum }>;
  all: { earned: Sum; pending: Sum };
}

/** One student against one program set: other programs are evaluated at most once each. */
export function evaluateStudent(set: ProgramSetRuntime, student: PreparedStudent): ProgressReport {
  const records = bucketBySlot(student.transcript, set.courses, (r) => r.courseNumber, (r) => r.stateCode);
  const scores = bucketBySlot(student.tests, set.tests, (t) => t.testCode, (t) => t.stateCode);
  const programStatuses = new Map<string, Status>();
  let credits: CreditTotals | undefined;
  const shared: SharedScope = {
    student,
    records: (slot) => records[slot] ?? NONE,
    scores: (slot) => scores[slot] ?? NONE,
    credits: () => (credits ??= creditTotals(student)),
    programStatus(programId) {
      let status = programStatuses.get(programId);
      if (status === undefined) {
        status = evaluateProgram(set.programs.get(programId)!, shared).status;
        programStatuses.set(programId, status);
      }
      return status;
    },
  };
  const run = evaluateProgram(set.root, shared);
  const root = set.root;
  return {
    programId: root.data.id,
    studentId: student.id,
    status: run.status,
    criteria: run.criteria,
    creditGroups: run.creditGroups,
    statuses: root.statuses.map((s) => ({
      status: s.status,
      result: STATUS_OF_RANK[evaluateLogic(s.logic, (i) => RANK[run.scope.criterion(root.ordered[i]!.data.id).status])]!,
    })),
    recommendations: root.ordered.flatMap((c) => c.recommendations.map((r) => evaluateRequirement(r, run.scope))),
    warnings: [...root.data.warnings, ...student.warnings],
  };
}

function evaluateProgram(program: ProgramRuntime, shared: SharedScope) {
  const results = new Map<string, CriterionResult>();
  const scope: EvaluationScope = {
    student: shared.student,
    records: shared.records,
    scores: shared.scores,
    programStatus: shared.programStatus,
    criterion(id) {
      let result = results.get(id);
      if (result === undefined) {
        result = evaluateCriterion(program.criteria.get(id)!, scope);
        results.set(id, result);
      }
      return result;
    },
  };
  const criteria = program.topLevel.map((c) => scope.criterion(c.data.id));
  const creditGroups = program.creditGroups.map((g) => evaluateCreditGroup(g, shared.credits()));
  let low = 2;
  for (const c of criteria) low = Math.min(low, RANK[c.status]);
  for (const g of creditGroups) low = Math.min(low, RANK[g.status]);
  return { status: STATUS_OF_RANK[low]!, criteria, creditGroups, scope };
}

function evaluateCriterion(criterion: CriterionRuntime, scope: EvaluationScope): CriterionResult {
  const requirements = criterion.requirements.map((r) => evaluateRequirement(r, scope));
  const d = criterion.data;
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

/** One pass over the transcript serves every credit group of every program. */
function creditTotals(student: PreparedStudent): CreditTotals {
  const byType = new Map<string, { earned: Sum; pending: Sum }>();
  const all = { earned: newSum(), pending: newSum() };
  for (const record of student.transcript) {
    if (record.standardsBased) continue;
    const completed = record.status === "completed";
    for (const line of record.credits) {
      let entry = byType.get(line.type);
      if (entry === undefined) byType.set(line.type, (entry = { earned: newSum(), pending: newSum() }));
      addTo(completed ? entry.earned : entry.pending, line.amount);
      addTo(completed ? all.earned : all.pending, line.amount);
    }
  }
  return { byType, all };
}

function evaluateCreditGroup(group: CreditGroupRuntime, totals: CreditTotals): CreditGroupResult {
  let earned: Fixed = totals.all.earned;
  let pending: Fixed = totals.all.pending;
  if (group.types !== undefined) {
    const e = newSum();
    const p = newSum();
    for (const type of group.types) {
      const entry = totals.byType.get(type);
      if (entry === undefined) continue;
      addTo(e, entry.earned);
      addTo(p, entry.pending);
    }
    earned = e;
    pending = p;
  }
  const projected = add(earned, pending);
  return {
    id: group.id,
    name: group.name,
    status: statusFromCounts(compare(earned, group.minCredits) >= 0, compare(projected, group.minCredits) >= 0),
    earnedCredits: formatDecimal(earned),
    projectedCredits: formatDecimal(projected),
    requiredCredits: formatDecimal(group.minCredits),
    remainingCredits: formatDecimal(max(ZERO, subtract(group.minCredits, earned))),
  };
}
