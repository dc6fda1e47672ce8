import { integer, list, text } from "../shape/types.js";
import { kindShape, type KindModule, type RequirementResultBase } from "./kind.js";
import { statusFromCounts } from "./status.js";

/*
 * Academic-program requirement (DESIGN.md §4): a listed program counts only when the student has
 * a `programs` entry for it; then it is completed when the entry says so or its own evaluation is
 * met. Links between programs (unknown ids, cycles, depth) are checked by the engine, which knows
 * the whole set.
 */

const shape = kindShape("program", {
  programs: list(text({ minLength: 1 })),
  minRequired: integer(),
});

/** An academic-program requirement: the listed programs sorted by how far the student is. */
export interface ProgramRequirementResult extends RequirementResultBase {
  type: "program";
  minRequired: number;
  completed: string[];
  onTrack: string[];
  offTrack: string[];
  notAssigned: string[];
}

export interface ProgramRuntime {
  id: string;
  criterion: string;
  description: string | undefined;
  programs: readonly string[];
  minRequired: number;
}

export const program: KindModule<typeof shape, ProgramRuntime, ProgramRequirementResult> = {
  shape,

  validate(d, path, { issues }) {
    const listed = d.programs.length;
    if (d.minRequired < 1 || d.minRequired > listed) {
      issues.add(
        [...path, "minRequired"],
        "outOfRange",
        listed === 0
          ? "programs lists no program, so no minRequired can be met"
          : `must be between 1 and ${listed} (the number of programs listed), but is ${d.minRequired}`,
      );
    }
  },

  namedPrograms: (d) => d.programs,

  load(d, context) {
    return { id: d.id, criterion: context.criterion, description: d.description, programs: d.programs, minRequired: d.minRequired };
  },

  evaluate(rt, scope) {
    const result: ProgramRequirementResult = {
      id: rt.id,
      criterion: rt.criterion,
      type: "program",
      status: "offTrack",
      minRequired: rt.minRequired,
      completed: [],
      onTrack: [],
      offTrack: [],
      notAssigned: [],
    };
    for (const programId of rt.programs) {
      const assignment = scope.student.programs.get(programId);
      if (assignment === undefined) {
        result.notAssigned.push(programId);
        continue;
      }
      const status = assignment === "completed" ? "met" : scope.programStatus(programId);
      (status === "met" ? result.completed : status === "onTrack" ? result.onTrack : result.offTrack).push(programId);
    }
    result.status = statusFromCounts(
      result.completed.length >= rt.minRequired,
      result.completed.length + result.onTrack.length >= rt.minRequired,
    );
    if (rt.description !== undefined && !scope.compact) result.description = rt.description;
    return result;
  },

  remaining: () => {},
};
