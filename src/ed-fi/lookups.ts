import type { Parsed } from "./parse.js";
import type { Assessment, Course, CourseOffering, Grade, Section } from "./resource-schemas.js";

/*
 * The descriptive resources (courses, assessments, sections, course offerings, grades), indexed by
 * their Ed-Fi natural keys. Keys join their parts with a character no identifier holds.
 */

export const key = (...parts: (string | number | undefined)[]) => parts.join("\u0000");

export interface Found<T> {
  entry: T;
  index: number;
}

export interface Lookups {
  /** By educationOrganizationId + courseCode. */
  courses: Map<string, Found<Course>>;
  /** By courseCode alone: every edorg's course with that code. */
  coursesByCode: Map<string, Found<Course>[]>;
  /** By namespace + assessmentIdentifier. */
  assessments: Map<string, Found<Assessment>>;
  assessmentsById: Map<string, Found<Assessment>[]>;
  /** By localCourseCode + schoolId + schoolYear + sessionName + sectionIdentifier. */
  sections: Map<string, Found<Section>>;
  /** By localCourseCode + schoolId + schoolYear + sessionName. */
  offerings: Map<string, Found<CourseOffering>>;
  /** By the student section association they grade: its key and the student. */
  grades: Map<string, Found<Grade>[]>;
}

function push<T>(map: Map<string, T[]>, k: string, value: T): void {
  const list = map.get(k);
  if (list === undefined) map.set(k, [value]);
  else list.push(value);
}

export function sectionKey(s: { localCourseCode: string; schoolId: number; schoolYear: number; sessionName: string; sectionIdentifier: string }): string {
  return key(s.localCourseCode, s.schoolId, s.schoolYear, s.sessionName, s.sectionIdentifier);
}

export function buildLookups(parsed: Parsed): Lookups {
  const lookups: Lookups = {
    courses: new Map(),
    coursesByCode: new Map(),
    assessments: new Map(),
    assessmentsById: new Map(),
    sections: new Map(),
    offerings: new Map(),
    grades: new Map(),
  };
  // The first entry of a natural key wins, as the API would have refused the second.
  parsed.courses.forEach((entry, index) => {
    const k = key(entry.educationOrganizationReference.educationOrganizationId, entry.courseCode);
    if (!lookups.courses.has(k)) lookups.courses.set(k, { entry, index });
    push(lookups.coursesByCode, entry.courseCode, { entry, index });
  });
  parsed.assessments.forEach((entry, index) => {
    const k = key(entry.namespace, entry.assessmentIdentifier);
    if (!lookups.assessments.has(k)) lookups.assessments.set(k, { entry, index });
    push(lookups.assessmentsById, entry.assessmentIdentifier, { entry, index });
  });
  parsed.sections.forEach((entry, index) => {
    const k = sectionKey({ ...entry.courseOfferingReference, sectionIdentifier: entry.sectionIdentifier });
    if (!lookups.sections.has(k)) lookups.sections.set(k, { entry, index });
  });
  parsed.courseOfferings.forEach((entry, index) => {
    const k = key(entry.localCourseCode, entry.schoolReference.schoolId, entry.sessionReference.schoolYear, entry.sessionReference.sessionName);
    if (!lookups.offerings.has(k)) lookups.offerings.set(k, { entry, index });
  });
  parsed.grades.forEach((entry, index) => {
    const r = entry.studentSectionAssociationReference;
    push(lookups.grades, key(r.studentUniqueId, r.beginDate, sectionKey(r)), { entry, index });
  });
  return lookups;
}
