import { add, compare, formatDecimal, max, subtract, ZERO, type Fixed } from "../decimal/index.js";
import {
  evaluateRequirement,
  minStatus,
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

/** One student against one program set: other programs are evaluated at most once each. */
export function evaluateStudent(set: ProgramSetRuntime, student: PreparedStudent): ProgressReport {
  const programStatuses = new Map<string, Status>();
  const programStatus = (programId: string): Status => {
    let status = programStatuses.get(programId);
    if (status === undefined) {
      status = evaluateProgram(set.programs.get(programId)!, student, programStatus).status;
      programStatuses.set(programId, status);
    }
    return status;
  };
  const run = evaluateProgram(set.root, student, programStatus);
  const root = set.root;
  return {
    programId: root.data.id,
    studentId: student.id,
    status: run.status,
    criteria: run.criteria,
    creditGroups: run.creditGroups,
    statuses: root.data.statuses.map((s) => ({
      status: s.status,
      result: evaluateLogic(s.expression, (id) => run.scope.criterion(id).status),
    })),
    recommendations: root.ordered.flatMap((c) => c.recommendations.map((r) => evaluateRequirement(r, run.scope))),
    warnings: [...root.data.warnings, ...student.warnings],
  };
}

function evaluateProgram(program: ProgramRuntime, student: PreparedStudent, programStatus: (id: string) => Status) {
  const results = new Map<string, CriterionResult>();
  const scope: EvaluationScope = {
    student,
    programStatus,
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
  const creditGroups = program.creditGroups.map((g) => evaluateCreditGroup(g, student));
  const statuses = [...criteria.map((c) => c.status), ...creditGroups.map((g) => g.status)];
  return { status: minStatus(statuses), criteria, creditGroups, scope };
}

function evaluateCriterion(criterion: CriterionRuntime, scope: EvaluationScope): CriterionResult {
  const requirements = criterion.requirements.map((r) => evaluateRequirement(r, scope));
  const d = criterion.data;
  const result: CriterionResult = {
    id: d.id,
    status: evaluateLogic(d.expression, (id) => requirements[criterion.index.get(id)!]!.status),
    expression: d.canonical,
    requirements,
  };
  if (d.description !== undefined) result.description = d.description;
  if (d.creditType !== undefined) result.creditType = d.creditType;
  if (d.displayAlert !== undefined) result.displayAlert = d.displayAlert;
  if (d.displayOrder !== undefined) result.displayOrder = d.displayOrder;
  return result;
}

function evaluateCreditGroup(group: CreditGroupRuntime, student: PreparedStudent): CreditGroupResult {
  let earned: Fixed = ZERO;
  let pending: Fixed = ZERO;
  for (const record of student.transcript) {
    if (record.standardsBased) continue;
    for (const line of record.credits) {
      if (group.types !== undefined && !group.types.has(line.type)) continue;
      if (record.status === "completed") earned = add(earned, line.amount);
      else pending = add(pending, line.amount);
    }
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
