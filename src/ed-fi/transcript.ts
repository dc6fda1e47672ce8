import { formatDecimal, multiply, sign, type Fixed } from "../decimal/fixed.js";
import type { Attempt } from "./attempt.js";
import type { Context } from "./context.js";
import { codeOfSystem, findCourse } from "./courses.js";
import { creditTypeOf } from "./credit-type.js";
import { exact, tooManyDigits } from "./decimals.js";
import { GPA_NOT_APPLICABLE } from "./defaults.js";
import { codeOf, isIn, lookup } from "./descriptors.js";
import { gradePoints } from "./grade-points.js";
import { key } from "./lookups.js";
import type { EdFiTranscriptRecord, Mapped } from "./records.js";
import { gradeLevelOf, termIndex } from "./session.js";
import { quote, warn, type Source } from "./warnings.js";

/*
 * One course attempt → one §2 transcript record (or none, for a dropped Withdrawn row). The
 * attempt result decides the credit: Pass earns `earnedCredits`, Fail earns 0, Incomplete and
 * Withdrawn follow the options.
 */

export const MAX_COURSE_NUMBER = 64;

/** Credits in the district's unit: a value in another unit is converted when the row says how, else kept and reported. */
function inUnit(ctx: Context, value: number | string | undefined, unit: string | undefined, conversion: number | string | undefined, source: Source, field: string, unitField: string): Fixed | undefined {
  if (value === undefined) return undefined;
  const amount = exact(value);
  if (unit === undefined || isIn(ctx.warnings, new Set([ctx.settings.creditUnit]), unit, "CreditTypeDescriptor", source, unitField)) return amount;
  if (conversion !== undefined) {
    const converted = multiply(amount, exact(conversion));
    if (!tooManyDigits(converted)) return converted;
    warn(ctx.warnings, "creditUnit", `converting the credits from ${quote(unit)} gives more than 30 digits: kept as given`, source, field);
    return amount;
  }
  warn(ctx.warnings, "creditUnit", `the credits are in ${quote(unit)}, not ${quote(ctx.settings.creditUnit)}, and the row gives no conversion: kept as given`, source, field);
  return amount;
}

export function mapAttempt(ctx: Context, a: Attempt): Mapped<EdFiTranscriptRecord> | undefined {
  const { settings, warnings } = ctx;
  const { source, names } = a;
  const result = lookup(warnings, settings.attemptResults, a.result, "CourseAttemptResultDescriptor", source, names.result);
  if (result === undefined) {
    warn(warnings, "unknownAttemptResult", `the attempt result ${quote(a.result)} is not Pass, Fail, Incomplete or Withdrawn (or in options.attemptResults): the row is kept as completed with the credits it says were earned`, source, names.result);
  }
  if (result === "withdrawn" && settings.withdrawn === "drop") {
    warn(warnings, "withdrawnDropped", `the course ${quote(a.courseCode)} was withdrawn from: the row was left out (options.withdrawn)`, source, names.result);
    return undefined;
  }
  if (result === "incomplete" && settings.incomplete === "drop") {
    warn(warnings, "incompleteDropped", `the course ${quote(a.courseCode)} is incomplete: the row was left out (options.incomplete)`, source, names.result);
    return undefined;
  }
  const course = findCourse(ctx, a.courseCode, a.courseEdOrg ?? a.recordEdOrg, source, names.course)?.entry;
  const edOrg = a.courseEdOrg ?? course?.educationOrganizationReference.educationOrganizationId ?? a.recordEdOrg;
  const courseNumber = settings.prefixCourseNumbers && edOrg !== undefined ? `${edOrg}:${a.courseCode}` : a.courseCode;
  if (courseNumber.length > MAX_COURSE_NUMBER) {
    warn(warnings, "courseNumberTooLong", `the course number ${quote(courseNumber)} is longer than ${MAX_COURSE_NUMBER} characters: the row was left out`, source, names.course);
    return undefined;
  }

  const earned = inUnit(ctx, a.earnedCredits, a.earnedUnit, a.earnedConversion, source, names.earned, names.earnedUnit);
  const attempted = inUnit(ctx, a.attemptedCredits, a.attemptedUnit, a.attemptedConversion, source, names.attempted, names.attemptedUnit);
  const inProgress = result === "incomplete" && settings.incomplete === "inProgress";
  let amount: Fixed | undefined;
  if (inProgress) {
    amount = attempted ?? (course?.maximumAvailableCredits === undefined ? undefined : exact(course.maximumAvailableCredits));
  } else if (result === "fail") {
    if (earned !== undefined && sign(earned) > 0) {
      warn(warnings, "failedWithCredits", `the course was failed but the row says ${formatDecimal(earned)} credits were earned: it counts 0`, source, names.earned);
    }
    amount = { units: 0, scale: 0 };
  } else if (result === "incomplete" || result === "withdrawn") {
    amount = earned ?? { units: 0, scale: 0 };
  } else {
    amount = earned;
    if (amount === undefined && attempted !== undefined) {
      warn(warnings, "earnedCreditsMissing", `the row gives no earnedCredits: the ${formatDecimal(attempted)} attempted credits were taken as earned`, source, names.earned);
      amount = attempted;
    }
  }
  if (amount === undefined) warn(warnings, "noCredits", "the row gives no credits: it adds none", source, names.earned);
  if (a.additionalCredits > 0) {
    warn(warnings, "additionalCreditsIgnored", "earnedAdditionalCredits (AP, dual credit, …) were not added: they would count twice toward the total", source, names.additional);
  }

  const record: EdFiTranscriptRecord = {
    id: [a.recordEdOrg ?? "", a.schoolYear, codeOf(a.term), edOrg ?? "", a.courseCode, codeOf(a.result)].join("/"),
    courseNumber,
  };
  const stateSystem = new Set([settings.courseStateCodeSystem]);
  const isState = (c: { courseIdentificationSystemDescriptor: string }) =>
    isIn(warnings, stateSystem, c.courseIdentificationSystemDescriptor, "CourseIdentificationSystemDescriptor", source, names.codes);
  const stateCode = codeOfSystem(a.codes, isState) ?? codeOfSystem(course?.identificationCodes, isState);
  if (stateCode !== undefined) record.stateCode = stateCode;
  const name = a.title ?? course?.courseTitle;
  if (name !== undefined) record.name = name;
  if (inProgress) record.status = "inProgress";
  const type = creditTypeOf(
    ctx,
    { categories: a.categories, subjects: a.subjects, course, categoriesField: names.categories, subjectsField: names.subjects, courseField: names.course },
    source,
  );
  record.credits = amount === undefined ? [] : [{ type, amount: formatDecimal(amount) }];
  if (attempted !== undefined) record.attempted = formatDecimal(attempted);

  let excludeFromGpa = result === "incomplete" || result === "withdrawn";
  if (course?.courseGPAApplicabilityDescriptor !== undefined) {
    excludeFromGpa ||= isIn(warnings, new Set([GPA_NOT_APPLICABLE]), course.courseGPAApplicabilityDescriptor, "CourseGPAApplicabilityDescriptor", source, names.course);
  }
  if (a.repeat !== undefined) {
    const rule = lookup(warnings, settings.repeatCodes, a.repeat, "CourseRepeatCodeDescriptor", source, names.repeat);
    if (rule === undefined) {
      warn(warnings, "unknownRepeatCode", `the repeat code ${quote(a.repeat)} is not known (or in options.repeatCodes): the row counts as usual`, source, names.repeat);
    } else if (rule === "replaced") {
      record.replaced = true;
    } else if (rule === "excludeFromGpa") {
      excludeFromGpa = true;
      if (amount !== undefined && sign(amount) > 0) {
        warn(warnings, "notCountedWithCredits", `the repeat code ${quote(codeOf(a.repeat))} keeps the row out of GPAs, but its ${formatDecimal(amount)} credits still count (map it to "replaced" in options.repeatCodes to count it nowhere)`, source, names.repeat);
      }
    }
  }
  if (!inProgress && record.replaced !== true) {
    Object.assign(record, gradePoints(ctx, { letter: a.letter, numeric: a.numeric, course, letterField: names.letter, numericField: names.numeric, courseField: names.course }, source));
  }
  if (excludeFromGpa) record.excludeFromGpa = true;
  if (a.gradeLevel !== undefined) {
    const level = gradeLevelOf(ctx, a.gradeLevel, source, names.gradeLevel);
    if (level !== undefined) record.gradeLevel = level;
  }
  record.schoolYear = a.schoolYear;
  record.term = codeOf(a.term);
  const grade = a.letter ?? (a.numeric === undefined ? undefined : formatDecimal(exact(a.numeric)));
  if (grade !== undefined) record.grade = grade;

  return {
    student: a.student,
    source,
    session: [a.schoolYear, termIndex(ctx, a.term, source, names.term)],
    // Ed-Fi's natural key: the course (edorg and code), the academic record's session, the result.
    key: key(a.student, edOrg, a.courseCode, a.schoolYear, codeOf(a.term), codeOf(a.result)),
    value: record,
    courseEdOrg: edOrg,
    repeatCoded: a.repeat !== undefined,
  };
}
