import { text } from "../shape/types.js";
import type { CriterionResult } from "../report/types.js";
import { kindShape, type KindModule, type RequirementResultBase } from "./kind.js";

/*
 * Child requirement (DESIGN.md §4): takes the status of another criterion of the same program.
 * The engine evaluates linked criteria first and checks the links (unknown, self, twice, cycles,
 * depth), since they span the program.
 */

const shape = kindShape("child", {
  criterion: text({ minLength: 1 }),
});

/** A child requirement: the linked criterion's status, with its whole result. */
export interface ChildRequirementResult extends RequirementResultBase {
  type: "child";
  result: CriterionResult;
}

export interface ChildRuntime {
  id: string;
  criterion: string;
  description: string | undefined;
  linked: string;
}

export const child: KindModule<typeof shape, ChildRuntime, ChildRequirementResult> = {
  shape,

  validate() {},

  linkedCriterion: (d) => d.criterion,

  load(d, context) {
    return { id: d.id, criterion: context.criterion, description: d.description, linked: d.criterion };
  },

  evaluate(rt, scope) {
    const linked = scope.criterion(rt.linked);
    const result: ChildRequirementResult = { id: rt.id, criterion: rt.criterion, type: "child", status: linked.status, result: linked };
    if (rt.description !== undefined && !scope.compact) result.description = rt.description;
    return result;
  },

  // A child entry is replaced by its linked criterion's entries.
  remaining: () => {},
};
