import type { TestScore } from "../schema/student-schema.js";
import type { Context } from "./context.js";
import { codeOf, isIn } from "./descriptors.js";
import { key, type Found } from "./lookups.js";
import type { Mapped } from "./records.js";
import type { Assessment, StudentAssessment } from "./resource-schemas.js";
import { readPassed, readScores, type ScoreInput } from "./scores.js";
import { quote, warn, warnOnce, type Source } from "./warnings.js";

/*
 * One administration of an assessment → one §2 test score: the assessment identifier is the test
 * code (the namespace is dropped), the state code and subject come from the Assessment.
 */

export interface Administration extends ScoreInput {
  student: string;
  source: Source;
  assessmentId: string;
  namespace: string;
  /** `studentAssessmentIdentifier`; a composite gives none. */
  identifier: string | undefined;
  date: string | undefined;
  notTested: string | undefined;
  dateField: string;
  assessmentField: string;
}

export function administrationOf(row: StudentAssessment, index: number): Administration {
  return {
    student: row.studentReference.studentUniqueId,
    source: { resource: "studentAssessments", index, prefix: "" },
    assessmentId: row.assessmentReference.assessmentIdentifier,
    namespace: row.assessmentReference.namespace,
    identifier: row.studentAssessmentIdentifier,
    date: row.administrationDate,
    notTested: row.reasonNotTestedDescriptor,
    scoreResults: row.scoreResults ?? [],
    performanceLevels: row.performanceLevels ?? [],
    scoresField: "scoreResults",
    levelsField: "performanceLevels",
    dateField: "administrationDate",
    assessmentField: "assessmentReference",
  };
}

export function findAssessment(ctx: Context, id: string, namespace: string, source: Source, field: string): Found<Assessment> | undefined {
  const { lookups, warnings } = ctx;
  if (!ctx.hasAssessments) {
    warnOnce(warnings, "", "noAssessments", "no assessments were given: tests carry no state code or subject, and passed cannot come from cut scores", source, field);
    return undefined;
  }
  const found = lookups.assessments.get(key(namespace, id));
  const sameId = lookups.assessmentsById.get(id) ?? [];
  if (sameId.some((a) => a.entry.namespace !== namespace)) {
    warnOnce(warnings, id, "ambiguousAssessment", `the identifier ${quote(id)} is used in several namespaces: as a test code it no longer tells them apart`, source, field);
  }
  if (found === undefined) warnOnce(warnings, key(namespace, id), "assessmentNotFound", `no assessment ${quote(id)} in ${quote(namespace)} among the assessments given`, source, field);
  return found;
}

/** Ed-Fi dates are ISO date-times (`2021-04-01T16:00:00`): the date part. */
const DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;

export function mapAdministration(ctx: Context, adm: Administration): Mapped<TestScore> | undefined {
  const { settings, warnings } = ctx;
  const { source } = adm;
  if (adm.notTested !== undefined) {
    warn(warnings, "notTested", `the student was not tested (${quote(codeOf(adm.notTested))}): the entry was left out`, source, "reasonNotTestedDescriptor");
    return undefined;
  }
  const assessment = findAssessment(ctx, adm.assessmentId, adm.namespace, source, adm.assessmentField)?.entry;
  const test: TestScore = { testCode: adm.assessmentId };
  const system = new Set([settings.assessmentStateCodeSystem]);
  const stateCode = assessment?.identificationCodes?.find((c) =>
    isIn(warnings, system, c.assessmentIdentificationSystemDescriptor, "AssessmentIdentificationSystemDescriptor", source, adm.assessmentField),
  )?.identificationCode;
  if (stateCode !== undefined) test.stateCode = stateCode;
  const subjects = assessment?.academicSubjects ?? [];
  if (subjects.length > 0) test.subject = codeOf(subjects[0]!.academicSubjectDescriptor);
  if (subjects.length > 1) {
    warnOnce(warnings, key(adm.namespace, adm.assessmentId), "severalSubjects", `the assessment has ${subjects.length} subjects: its tests carry the first, ${quote(test.subject)}`, source, adm.assessmentField);
  }
  if (adm.date !== undefined) {
    if (DATE.test(adm.date)) test.date = adm.date.slice(0, 10);
    else warn(warnings, "invalidDate", `${quote(adm.date)} is not an ISO date: the test has no date`, source, adm.dateField);
  }
  const methods = settings.scoresByAssessment.get(adm.assessmentId) ?? settings.scores;
  const numbers = readScores(ctx, test, adm, methods, assessment, source);
  const passed = readPassed(ctx, adm, numbers, assessment, source);
  if (passed !== undefined) test.passed = passed;
  return {
    student: adm.student,
    source,
    session: [0, 0],
    key: key(adm.student, adm.namespace, adm.assessmentId, adm.identifier),
    value: test,
  };
}

const SAME_FIELDS = ["date", "rawScore", "scaleScore", "passed"] as const;

/** The first field in which two readings of one administration differ. */
function difference(a: TestScore, b: TestScore): (typeof SAME_FIELDS)[number] | undefined {
  return SAME_FIELDS.find((field) => a[field] !== b[field]);
}

/**
 * One test score per administration. Administrations are keyed by student, assessment and
 * `studentAssessmentIdentifier`; an administration without one (from a composite) is the same as
 * the student's administration of that assessment from the resources, when there is one (that of
 * the same date, else the first). A repeat that agrees is dropped quietly; one that disagrees is
 * dropped with a warning naming the first difference: one administration never counts twice.
 */
export function mergeAdministrations(ctx: Context, mapped: readonly Mapped<TestScore>[], identified: (m: Mapped<TestScore>) => boolean): Mapped<TestScore>[] {
  const kept = new Map<string, Mapped<TestScore>>();
  const byAssessment = new Map<string, Mapped<TestScore>[]>();
  const out: Mapped<TestScore>[] = [];
  const drop = (later: Mapped<TestScore>, first: Mapped<TestScore>) => {
    const field = difference(first.value, later.value);
    if (field === undefined) return;
    const where = `${first.source.resource}[${first.source.index}]`;
    const values = `${quote(later.value[field] ?? "nothing")} here, ${quote(first.value[field] ?? "nothing")} in ${where}`;
    warn(ctx.warnings, "conflictingDuplicate", `the same administration of ${quote(first.value.testCode)} is also in ${where} with a different ${field} (${values}): that one was kept`, later.source, field === "date" ? "administrationDate" : "scoreResults");
  };
  for (const m of mapped.filter(identified)) {
    const first = kept.get(m.key);
    if (first !== undefined) {
      drop(m, first);
      continue;
    }
    kept.set(m.key, m);
    const k = key(m.student, m.value.testCode);
    byAssessment.set(k, [...(byAssessment.get(k) ?? []), m]);
    out.push(m);
  }
  // Without an identifier, two composite entries are one administration only on the same date.
  const unidentified = new Map<string, Mapped<TestScore>>();
  for (const m of mapped.filter((x) => !identified(x))) {
    const candidates = byAssessment.get(key(m.student, m.value.testCode)) ?? [];
    const first = candidates.find((c) => c.value.date === m.value.date) ?? candidates[0] ?? unidentified.get(key(m.student, m.value.testCode, m.value.date));
    if (first !== undefined) {
      drop(m, first);
      continue;
    }
    unidentified.set(key(m.student, m.value.testCode, m.value.date), m);
    out.push(m);
  }
  return out;
}
