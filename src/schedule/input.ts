import { StudentRecordError } from "../errors/index.js";
import { IssueSink } from "../shape/issues.js";
import { readShape } from "../shape/read.js";
import { integer, list, looseObject, text, textOrInteger, type In, type Out } from "../shape/types.js";
import { StudentShape } from "../student/shape.js";

/*
 * The input of `loadRequests` besides the program (DESIGN.md §13, "Errors of the new entry
 * points"): declared like the student record, read with the same reader, so a bad value is a
 * StudentRecordError whose paths start at the input's root (`["requests", 3, "courseNumber"]`).
 * Students are checked as student records; ids must be unique where a request names them.
 */

export const CourseRequestShape = looseObject({
  studentId: textOrInteger(),
  courseNumber: text({ minLength: 1, maxLength: 64 }),
});

export const SectionShape = looseObject({
  id: textOrInteger(),
  courseNumber: text({ minLength: 1, maxLength: 64 }),
  capacity: integer({ min: 0 }),
});

export const LoadRequestsInputShape = looseObject({
  students: list(StudentShape),
  requests: list(CourseRequestShape),
  sections: list(SectionShape),
  seed: integer(),
});

/** A student's request for a course. */
export interface CourseRequest extends In<typeof CourseRequestShape> {}
/** A section of a course with its seats. */
export interface Section extends In<typeof SectionShape> {}

export type ScheduleInputRead = Out<typeof LoadRequestsInputShape>;

/** A student id as requests name it: `1001` and `"1001"` are the same student (CSV has only text). */
export const idKey = (id: string | number): string => String(id);

/** The input read, or a StudentRecordError listing every problem from the input's root. */
export function readScheduleInput(value: unknown): ScheduleInputRead {
  const sink = new IssueSink();
  const read = readShape(LoadRequestsInputShape, value, [], sink);
  if (read.ok) {
    duplicates(read.value.students.map((s) => (s.id === undefined ? undefined : idKey(s.id))), "students", "id", "student", sink);
    duplicates(read.value.sections.map((s) => idKey(s.id)), "sections", "id", "section", sink);
  }
  if (!read.ok || sink.size > 0) throw new StudentRecordError(sink.list());
  return read.value;
}

/** A `duplicateId` issue at every later entry whose id an earlier one has. */
function duplicates(ids: (string | undefined)[], list: string, key: string, what: string, sink: IssueSink): void {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else sink.add([list, index, key], "duplicateId", `${what} id ${JSON.stringify(id)} is already used by ${list}[${earlier}]`);
  });
}
