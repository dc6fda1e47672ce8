import type { ChildRequirementDefinition } from "../schema/program-schema.js";
import type { EvaluationScope } from "./context.js";
import type { ChildRequirementResult } from "./results.js";

export interface ChildRuntime {
  kind: "child";
  definition: ChildRequirementDefinition;
  criterion: string;
}

export function prepareChild(definition: ChildRequirementDefinition, criterion: string): ChildRuntime {
  return { kind: "child", definition, criterion };
}

/** Takes the status of the linked criterion, and carries its whole result for the report tree. */
export function evaluateChild(rt: ChildRuntime, scope: EvaluationScope): ChildRequirementResult {
  const d = rt.definition;
  const linked = scope.criterion(d.criterion);
  const result: ChildRequirementResult = {
    id: d.id,
    criterion: rt.criterion,
    type: "child",
    status: linked.status,
    result: linked,
  };
  if (d.description !== undefined) result.description = d.description;
  return result;
}
