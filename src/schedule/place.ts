import type { PriorityFinder, PriorityRequirement, StudentView } from "./priority.js";
import { shuffle, type Draw } from "./random.js";
import type { RosterEntry, UnplacedRequest } from "./result.js";

/*
 * The placement of DESIGN.md §13 and: course by course in order of each course's
 * first request; within a course priority requests first, then the rest; within each, descending
 * grade level (none last), and within one grade level the requests in input order shuffled by the
 * one generator of the call. The course's sections fill in the order given, each to its capacity.
 */

/** A known student's request, ready to order. */
export interface Candidate {
  studentId: string | number;
  student: StudentView;
  gradeLevel: number | undefined;
}

/** One course's requests: the known students' in input order, and those naming no student. */
export interface CourseRequests {
  courseNumber: string;
  candidates: Candidate[];
  unknown: (string | number)[];
}

export interface SeatPlan {
  id: string | number;
  capacity: number;
  roster: RosterEntry[];
}

/** Descending grade levels, no grade level last; each level's requests shuffled, in that order. */
function orderGroup(group: Placed[], draw: Draw): Placed[] {
  const byLevel = new Map<number | undefined, Placed[]>();
  for (const p of group) {
    const level = p.candidate.gradeLevel;
    const list = byLevel.get(level);
    if (list === undefined) byLevel.set(level, [p]);
    else list.push(p);
  }
  const levels = [...byLevel.keys()].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : b - a));
  return levels.flatMap((level) => shuffle(byLevel.get(level)!, draw));
}

interface Placed {
  candidate: Candidate;
  requirements: PriorityRequirement[];
}

/** Orders one course's requests and seats them; what finds no seat goes to `unplaced`. */
export function placeCourse(course: CourseRequests, sections: SeatPlan[], find: PriorityFinder, draw: Draw, unplaced: UnplacedRequest[]): void {
  const { courseNumber } = course;
  for (const studentId of course.unknown) unplaced.push({ studentId, courseNumber, reason: "unknownStudent" });
  const placed = course.candidates.map((candidate) => ({ candidate, requirements: find(candidate.student, courseNumber) }));
  const ordered = [
    ...orderGroup(placed.filter((p) => p.requirements.length > 0), draw),
    ...orderGroup(placed.filter((p) => p.requirements.length === 0), draw),
  ];
  let at = 0;
  for (const p of ordered) {
    while (at < sections.length && sections[at]!.roster.length >= sections[at]!.capacity) at++;
    const section = sections[at];
    if (section === undefined) {
      unplaced.push({ studentId: p.candidate.studentId, courseNumber, reason: sections.length === 0 ? "noSection" : "full" });
      continue;
    }
    section.roster.push({ studentId: p.candidate.studentId, priority: p.requirements.length > 0, requirements: p.requirements });
  }
}
