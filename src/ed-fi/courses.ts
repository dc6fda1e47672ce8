import type { Context } from "./context.js";
import { key, type Found } from "./lookups.js";
import type { Course } from "./resource-schemas.js";
import { quote, warnOnce, type Source } from "./warnings.js";

/**
 * The Course a transcript row or section names: by edorg and code, else the only course with that
 * code (a composite names no edorg, and a district may catalogue courses at the LEA).
 */
export function findCourse(ctx: Context, code: string, edOrg: number | undefined, source: Source, field: string): Found<Course> | undefined {
  const { lookups, warnings } = ctx;
  if (edOrg !== undefined) {
    const exact = lookups.courses.get(key(edOrg, code));
    if (exact !== undefined) return exact;
  }
  if (!ctx.hasCourses) {
    warnOnce(warnings, "", "noCourses", "no courses were given: subjects, state course codes, credits available and GPA weighting come only from the transcripts", source, field);
    return undefined;
  }
  const byCode = lookups.coursesByCode.get(code) ?? [];
  const where = edOrg === undefined ? "" : ` at education organization ${edOrg}`;
  if (byCode.length === 1) {
    if (edOrg !== undefined) {
      const other = byCode[0]!.entry.educationOrganizationReference.educationOrganizationId;
      warnOnce(warnings, key(edOrg, code), "courseMatchedByCode", `no course ${quote(code)}${where}: the course ${quote(code)} of education organization ${other} was used`, source, field);
    }
    return byCode[0];
  }
  const problem = byCode.length === 0 ? `no course ${quote(code)}${where} among the courses given` : `${byCode.length} courses have the code ${quote(code)} and none is${where}`;
  warnOnce(warnings, key(edOrg, code), byCode.length === 0 ? "courseNotFound" : "ambiguousCourse", `${problem}: its subject, state code and weighting are unknown`, source, field);
  return undefined;
}

export function courseSubjects(course: Course | undefined): string[] {
  if (course === undefined) return [];
  if (course.academicSubjects !== undefined && course.academicSubjects.length > 0) return course.academicSubjects.map((s) => s.academicSubjectDescriptor);
  return course.academicSubjectDescriptor === undefined ? [] : [course.academicSubjectDescriptor];
}

type CourseCode = { identificationCode: string; courseIdentificationSystemDescriptor: string };

/** The first identification code of the system the predicate accepts. */
export function codeOfSystem(codes: readonly CourseCode[] | undefined, isSystem: (code: CourseCode) => boolean): string | undefined {
  return codes?.find(isSystem)?.identificationCode;
}
