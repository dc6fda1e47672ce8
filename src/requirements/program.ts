import type { ProgramRequirementDefinition } from "../schema/program-schema.js";
import type { EvaluationScope } from "./context.js";
import type { ProgramRequirementResult } from "./results.js";
import { statusFromCounts } from "./status.js";

export interface ProgramRuntime {
  kind: "program";
  definition: ProgramRequirementDefinition;
  criterion: string;
}

export function prepareProgramRequirement(definition: ProgramRequirementDefinition, criterion: string): ProgramRuntime {
  return { kind: "program", definition, criterion };
}

/**
 * A listed program counts only when the student has a `programs` entry for it; then it is
 * completed when the entry says so or its own evaluation is met.
 */
export function evaluateProgramRequirement(rt: ProgramRuntime, scope: EvaluationScope): ProgramRequirementResult {
  const d = rt.definition;
  const result: ProgramRequirementResult = {
    id: d.id,
    criterion: rt.criterion,
    type: "program",
    status: "offTrack",
    minRequired: d.minRequired,
    completed: [],
    onTrack: [],
    offTrack: [],
    notAssigned: [],
  };
  for (const programId of d.programs) {
    const assignment = scope.student.programs.get(programId);
    if (assignment === undefined) {
      result.notAssigned.push(programId);
      continue;
    }
    const status = assignment === "completed" ? "met" : scope.programStatus(programId);
    (status === "met" ? result.completed : status === "onTrack" ? result.onTrack : result.offTrack).push(programId);
  }
  result.status = statusFromCounts(
    result.completed.length >= d.minRequired,
    result.completed.length + result.onTrack.length >= d.minRequired,
  );
  if (d.description !== undefined) result.description = d.description;
  return result;
}
