import { ProgramDefinitionError } from "../errors/index.js";
import { compileProgram, isCompiledProgram, type CompiledProgram } from "../engine/index.js";
import { idKey, readScheduleInput, type CourseRequest, type Section } from "./input.js";
import { placeCourse, type Candidate, type CourseRequests, type SeatPlan } from "./place.js";
import type { LoadRequestsResult, UnplacedRequest } from "./result.js";
import { priorityFinder, type StudentView } from "./priority.js";
import { mulberry32 } from "./random.js";

/*
 * Scheduling-priority loading (DESIGN.md §13, A-13.7– ): the vendor's Scheduling Board
 * behaviour for `schedulingPriority`, as one pure function of its input and seed.
 */

/** What `loadRequests` takes. */
export interface LoadRequestsInput {
  /** A CompiledProgram (compiled with the programs it names), or a definition compiled here. */
  program: CompiledProgram | unknown;
  /** Student records (DESIGN.md §2); a request names a student by `id`. */
  students: unknown[];
  requests: CourseRequest[];
  /** Sections of each course, filled in this order. */
  sections: Section[];
  /** Any integer; the same input and seed give the same rosters. */
  seed: number;
}

/**
 * Places course requests into sections: priority requests first (the student is assigned the
 * program and a `schedulingPriority` course requirement still needed matches the course), then
 * the rest; descending grade level; a seeded random order within a grade level. Throws
 * ProgramDefinitionError for a bad program, StudentRecordError (paths from the input's root) for
 * bad students, requests, sections or seed.
 */
export function loadRequests(input: LoadRequestsInput): LoadRequestsResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) readScheduleInput(input);
  const program = readProgram(input);
  if (program === undefined) throw new ProgramDefinitionError([{ path: ["program"], code: "required", message: "is required" }]);
  const compiled = isCompiledProgram(program) ? program : compileProgram(program);
  const read = readScheduleInput(input);
  const raw = (input as { students: unknown[] }).students;

  const students = new Map<string, { view: StudentView; gradeLevel: number | undefined }>();
  read.students.forEach((s, index) => {
    if (s.id === undefined) return;
    const assigned = (s.programs ?? []).some((p) => p.programId === compiled.programId);
    students.set(idKey(s.id), { view: { record: raw[index], assigned }, gradeLevel: s.gradeLevel });
  });

  // Courses in order of their first request; a student's second request for a course is ignored.
  const courses = new Map<string, CourseRequests & { seen: Set<string> }>();
  for (const request of read.requests) {
    let course = courses.get(request.courseNumber);
    if (course === undefined) courses.set(request.courseNumber, (course = { courseNumber: request.courseNumber, candidates: [], unknown: [], seen: new Set() }));
    const who = idKey(request.studentId);
    if (course.seen.has(who)) continue;
    course.seen.add(who);
    const student = students.get(who);
    if (student === undefined) course.unknown.push(request.studentId);
    else course.candidates.push({ studentId: request.studentId, student: student.view, gradeLevel: student.gradeLevel } satisfies Candidate);
  }

  const sections: (SeatPlan & { courseNumber: string })[] = read.sections.map((s) => ({ id: s.id, courseNumber: s.courseNumber, capacity: s.capacity, roster: [] }));
  const sectionsOf = new Map<string, SeatPlan[]>();
  for (const s of sections) {
    const list = sectionsOf.get(s.courseNumber);
    if (list === undefined) sectionsOf.set(s.courseNumber, [s]);
    else list.push(s);
  }

  const find = priorityFinder(compiled);
  const draw = mulberry32(read.seed);
  const unplaced: UnplacedRequest[] = [];
  for (const course of courses.values()) placeCourse(course, sectionsOf.get(course.courseNumber) ?? [], find, draw, unplaced);
  return { sections: sections.map((s) => ({ id: s.id, courseNumber: s.courseNumber, roster: s.roster })), unplaced };
}

/** `input.program`, read once without trusting the input to be plain data. */
function readProgram(input: object): unknown {
  try {
    return (input as { program?: unknown }).program;
  } catch {
    throw new ProgramDefinitionError([{ path: ["program"], code: "unreadable", message: "input.program could not be read" }]);
  }
}
