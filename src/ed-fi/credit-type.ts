import type { Context } from "./context.js";
import { courseSubjects } from "./courses.js";
import { codeOf, lookup } from "./descriptors.js";
import type { Course } from "./resource-schemas.js";
import { quote, warn, type Source } from "./warnings.js";

/*
 * Ed-Fi's credit type descriptor is a unit (Carnegie unit), not a subject: a credit line's §2 type
 * comes from the transcript's credit categories (only when the options map them: "General" or
 * "Honors" are no subjects), then its academic subjects, then the course's, mapped through
 * `options.creditTypes` or, unmapped, the subject's code value. One line has one type, so a course
 * of several subjects gives its credit to the first: TOTAL must not count it twice.
 */

export interface TypeInput {
  categories: readonly string[];
  subjects: readonly string[];
  course: Course | undefined;
  /** The fields the candidates came from, for warnings. */
  categoriesField: string;
  subjectsField: string;
  /** The field naming the course, for a subject that came from the course. */
  courseField: string;
}

export function creditTypeOf(ctx: Context, input: TypeInput, source: Source): string {
  const { settings, warnings } = ctx;
  const own = input.subjects.length > 0;
  const subjects = own ? input.subjects : courseSubjects(input.course);
  const subjectsField = own ? input.subjectsField : input.courseField;
  const candidates = [
    ...input.categories.map((value) => ({ value, descriptor: "CreditCategoryDescriptor", field: input.categoriesField })),
    ...subjects.map((value) => ({ value, descriptor: "AcademicSubjectDescriptor", field: subjectsField })),
  ];
  let type: string | undefined;
  let from: (typeof candidates)[number] | undefined;
  const mapped = new Set<string>();
  for (const candidate of candidates) {
    const hit = lookup(warnings, settings.creditTypes, candidate.value, candidate.descriptor, source, candidate.field);
    if (hit === undefined) continue;
    mapped.add(hit);
    if (type === undefined) [type, from] = [hit, candidate];
  }
  if (type !== undefined && mapped.size > 1) {
    warn(warnings, "severalSubjects", `the credit counts as ${quote(type)} (from ${quote(from!.value)}); the other types it maps to (${[...mapped].filter((t) => t !== type).map(quote).join(", ")}) get none`, source, from!.field);
  }
  if (type === undefined) {
    if (subjects.length === 0) {
      const what = input.course === undefined ? "the row names no subject and its course is unknown" : "neither the row nor its course names a subject";
      warn(warnings, "noSubject", `${what}: the credit counts as ${quote(settings.otherCreditType)}`, source, input.subjectsField);
      return settings.otherCreditType;
    }
    type = codeOf(subjects[0]!);
    if (settings.creditTypesGiven) {
      warn(warnings, "unmappedCreditType", `${quote(subjects[0])} is not in options.creditTypes: the credit counts as ${quote(type)}, its code value`, source, subjectsField);
    }
    const codes = new Set(subjects.map(codeOf));
    if (codes.size > 1) {
      warn(warnings, "severalSubjects", `the course has ${codes.size} subjects: the credit counts as ${quote(type)} only`, source, subjectsField);
    }
  }
  if (settings.highSchoolRequirementOnly && input.course?.highSchoolCourseRequirement === false && type !== settings.otherCreditType) {
    warn(
      warnings,
      "notHighSchoolRequirement",
      `the course is not a high-school course requirement (highSchoolCourseRequirement is false): its credit counts as ${quote(settings.otherCreditType)}, not ${quote(type)}`,
      source,
      subjectsField,
    );
    return settings.otherCreditType;
  }
  return type;
}
