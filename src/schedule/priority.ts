import type { CompiledProgram } from "../engine/index.js";
import { evaluateProgress } from "../engine/index.js";
import { compilePatternList, type PatternList } from "../match/index.js";

/*
 * Which requests are priority requests (DESIGN.md §13): the student is assigned the program, and a
 * course requirement with `schedulingPriority: true` that the student still needs matches the
 * requested course number. "Still needs" is the report's `remaining` list: a requirement of a
 * required top-level criterion (or of a criterion a child requirement links) that is neither met
 * nor muted — an OR branch the student already satisfied another way gives no priority. Requests
 * carry no state code, so only the requirement's `courses` list is matched (its exclusions
 * included), by the program's own case rule.
 */

/** A requirement that made a request a priority one; requirement ids are unique within a criterion. */
export interface PriorityRequirement {
  criterion: string;
  id: string;
}

interface PriorityPattern {
  criterion: string;
  id: string;
  courses: PatternList;
}

const key = (criterion: string, id: string) => `${criterion}\u0000${id}`;

/** The program's course requirements with `schedulingPriority: true`, by criterion and id. */
function priorityPatterns(compiled: CompiledProgram): Map<string, PriorityPattern> {
  const plan = compiled.toJSON();
  const program = plan.programs.find((p) => p.id === plan.programId);
  const patterns = new Map<string, PriorityPattern>();
  if (program === undefined) return patterns;
  const caseSensitive = program.settings.caseSensitive === true;
  for (const criterion of program.criteria) {
    for (const r of criterion.requirements) {
      if (r.type !== "course" || r.schedulingPriority !== true || r.courses === undefined || r.courses.length === 0) continue;
      patterns.set(key(criterion.id, r.id), { criterion: criterion.id, id: r.id, courses: compilePatternList(r.courses, caseSensitive) });
    }
  }
  return patterns;
}

/** Answers, for one student and one course number, the requirements that give the request priority. */
export interface PriorityFinder {
  (student: StudentView, courseNumber: string): PriorityRequirement[];
}

/** What the finder reads of a validated student record. */
export interface StudentView {
  record: unknown;
  assigned: boolean;
}

const NONE: PriorityRequirement[] = [];

export function priorityFinder(compiled: CompiledProgram): PriorityFinder {
  const patterns = priorityPatterns(compiled);
  // One evaluation per student, however many courses the student requests.
  const needed = new Map<unknown, PriorityPattern[]>();
  const stillNeeded = (student: StudentView): PriorityPattern[] => {
    let list = needed.get(student.record);
    if (list === undefined) {
      const report = evaluateProgress(compiled, student.record, { detail: "compact" });
      list = [];
      for (const entry of report.remaining) {
        if (entry.type !== "course") continue;
        const pattern = patterns.get(key(entry.criterion, entry.id));
        if (pattern !== undefined) list.push(pattern);
      }
      needed.set(student.record, list);
    }
    return list;
  };
  return (student, courseNumber) => {
    if (!student.assigned || patterns.size === 0) return NONE;
    const matching = stillNeeded(student).filter((p) => p.courses.includes(courseNumber) && !p.courses.excludes(courseNumber));
    return matching.map((p) => ({ criterion: p.criterion, id: p.id }));
  };
}
