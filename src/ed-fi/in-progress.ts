import { formatDecimal } from "../decimal/fixed.js";
import type { Context } from "./context.js";
import { codeOfSystem, findCourse } from "./courses.js";
import { creditTypeOf } from "./credit-type.js";
import { decimalText, exact } from "./decimals.js";
import { isIn } from "./descriptors.js";
import { key, sectionKey } from "./lookups.js";
import type { EdFiTranscriptRecord, Mapped } from "./records.js";
import type { StudentSectionAssociation } from "./resource-schemas.js";
import { quote, warn, warnOnce, type Source } from "./warnings.js";

/*
 * Transcripts are history only: the courses a student takes now are student section associations.
 * A current one (begun by `asOf`, not ended before it) is an `inProgress` record; one that begins
 * after `asOf` is a scheduled course, `planned`. Its credits are what the section offers (else the
 * course's maximum), its grade the current grade posted for it. A course the transcripts already
 * hold for the same school year has been graded: the section adds nothing.
 */

/** Courses on the transcripts, by student, course number and school year. */
export type Graded = ReadonlySet<string>;

export const gradedKey = (student: string, courseNumber: string, schoolYear: number) => key(student, courseNumber, schoolYear);

export function mapSection(ctx: Context, ssa: StudentSectionAssociation, index: number, graded: Graded): Mapped<EdFiTranscriptRecord> | undefined {
  const { settings, warnings, lookups } = ctx;
  const source: Source = { resource: "studentSectionAssociations", index, prefix: "" };
  const ref = ssa.sectionReference;
  const student = ssa.studentReference.studentUniqueId;
  const offering = lookups.offerings.get(key(ref.localCourseCode, ref.schoolId, ref.schoolYear, ref.sessionName))?.entry;
  if (offering === undefined) {
    warnOnce(warnings, key(ref.localCourseCode, ref.schoolId), "offeringNotFound", `no course offering for the local course code ${quote(ref.localCourseCode)} at school ${ref.schoolId}: the local course code was taken as the course code`, source, "sectionReference.localCourseCode");
  }
  const courseCode = offering?.courseReference.courseCode ?? ref.localCourseCode;
  const edOrg = offering?.courseReference.educationOrganizationId ?? ref.schoolId;
  const courseNumber = settings.prefixCourseNumbers ? `${edOrg}:${courseCode}` : courseCode;
  if (graded.has(gradedKey(student, courseNumber, ref.schoolYear))) return undefined;

  const ended = ssa.endDate !== undefined && ssa.endDate < settings.asOf;
  if (ended) {
    warn(warnings, "sectionEndedWithoutTranscript", `the section of ${quote(courseCode)} ended on ${ssa.endDate} and no transcript row holds the course for ${ref.schoolYear}: its result is unknown, so it was left out`, source, "endDate");
    return undefined;
  }
  const course = findCourse(ctx, courseCode, edOrg, source, "sectionReference")?.entry;
  const section = lookups.sections.get(sectionKey(ref))?.entry;
  if (section === undefined) {
    warnOnce(warnings, sectionKey(ref), "sectionNotFound", `no section ${quote(ref.sectionIdentifier)} of ${quote(ref.localCourseCode)} among the sections given: its credits come from the course`, source, "sectionReference.sectionIdentifier");
  }
  const available = section?.availableCredits ?? course?.maximumAvailableCredits;
  if (available === undefined) {
    warn(warnings, "noAvailableCredits", `neither the section nor the course ${quote(courseCode)} says how many credits it offers: the record adds none`, source, "sectionReference");
  }

  const record: EdFiTranscriptRecord = { id: `section/${ref.schoolId}/${ref.schoolYear}/${ref.sessionName}/${ref.sectionIdentifier}`, courseNumber };
  const system = new Set([settings.courseStateCodeSystem]);
  const stateCode = codeOfSystem(course?.identificationCodes, (c) =>
    isIn(warnings, system, c.courseIdentificationSystemDescriptor, "CourseIdentificationSystemDescriptor", source, "sectionReference"),
  );
  if (stateCode !== undefined) record.stateCode = stateCode;
  if (course?.courseTitle !== undefined) record.name = course.courseTitle;
  record.status = ssa.beginDate > settings.asOf ? "planned" : "inProgress";
  const type = creditTypeOf(ctx, { categories: [], subjects: [], course, categoriesField: "", subjectsField: "sectionReference", courseField: "sectionReference" }, source);
  record.credits = available === undefined ? [] : [{ type, amount: decimalText(available) }];
  record.schoolYear = ref.schoolYear;
  record.term = ref.sessionName;
  const grade = currentGrade(ctx, ssa);
  if (grade !== undefined) record.grade = grade;
  return { student, source, session: [ref.schoolYear, Number.MAX_SAFE_INTEGER], key: key("section", student, sectionKey(ref)), value: record, courseEdOrg: edOrg };
}

/** The latest grade marked current for the association (else its latest grade): letter, or number as text. */
function currentGrade(ctx: Context, ssa: StudentSectionAssociation): string | undefined {
  const grades = ctx.lookups.grades.get(key(ssa.studentReference.studentUniqueId, ssa.beginDate, sectionKey(ssa.sectionReference))) ?? [];
  const current = grades.filter((g) => g.entry.currentGradeIndicator === true);
  const grade = (current.length > 0 ? current : grades).at(-1)?.entry;
  if (grade === undefined) return undefined;
  return grade.letterGradeEarned ?? (grade.numericGradeEarned === undefined ? undefined : formatDecimal(exact(grade.numericGradeEarned)));
}
