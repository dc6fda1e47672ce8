import { academicRecordOf, storedGpas, type AcademicRecord } from "./academic-records.js";
import { administrationOf, mapAdministration, mergeAdministrations } from "./assessments.js";
import { attemptOfResource } from "./attempt.js";
import { checkSharedCourseCodes, checkSharedStateCodes, checkUncodedRepeats, dropDuplicateRows } from "./checks.js";
import { readComposite } from "./composite.js";
import type { Context } from "./context.js";
import { currentGradeLevel } from "./enrollment.js";
import { checkStoredGpas } from "./gpa-check.js";
import { gradedKey, mapSection } from "./in-progress.js";
import { buildLookups } from "./lookups.js";
import type { EdFiOptions } from "./options-schema.js";
import { parseResources } from "./parse.js";
import { diplomaPrograms, mergePrograms, programOf, type ProgramEntry } from "./programs.js";
import { compareSessions, type EdFiStudentRecord, type EdFiTranscriptRecord, type Mapped } from "./records.js";
import type { StudentSchoolAssociation } from "./resource-schemas.js";
import type { TestScore } from "../schema/student-schema.js";
import { resolveOptions } from "./settings.js";
import { mapAttempt } from "./transcript.js";
import { newWarnings, type EdFiWarning } from "./warnings.js";

/**
 * Ed-Fi API resource JSON by resource name, each an array as the API returns it (or a bulk
 * export holds it). Every key is optional; program association subclasses
 * (`studentCTEProgramAssociations`, …) are read like `studentProgramAssociations`.
 */
export interface EdFiResources {
  courseTranscripts?: readonly unknown[];
  studentAcademicRecords?: readonly unknown[];
  studentAssessments?: readonly unknown[];
  assessments?: readonly unknown[];
  courses?: readonly unknown[];
  studentSchoolAssociations?: readonly unknown[];
  studentSectionAssociations?: readonly unknown[];
  sections?: readonly unknown[];
  courseOfferings?: readonly unknown[];
  grades?: readonly unknown[];
  studentProgramAssociations?: readonly unknown[];
  /** Student transcript composites of the Ed-Fi ACAN spike (academic records with nested transcripts, assessments). */
  studentTranscriptComposites?: readonly unknown[];
  [programAssociations: `student${string}ProgramAssociations`]: readonly unknown[] | undefined;
}

/** What `fromEdFi` returns: one §2 student record per `studentUniqueId` (sorted by it), and every warning. */
export interface EdFiResult {
  students: EdFiStudentRecord[];
  warnings: EdFiWarning[];
}

interface Student {
  transcript: Mapped<EdFiTranscriptRecord>[];
  tests: Mapped<TestScore>[];
  records: AcademicRecord[];
  programs: ProgramEntry[];
  enrollments: { row: StudentSchoolAssociation; index: number }[];
}

const defined = <T>(value: T | undefined): value is T => value !== undefined;

/**
 * Converts Ed-Fi resources into DESIGN.md §2 student records. Every mapping decision that loses or
 * guesses information is a warning naming the resource, index and field.
 *
 * @throws ProgramDefinitionError when the options are invalid (paths from `["options"]`).
 * @throws StudentRecordError when a resource is malformed (paths `[resource, index, field…]`).
 */
export function fromEdFi(resources: EdFiResources, options: EdFiOptions = {}): EdFiResult {
  const settings = resolveOptions(options);
  const warnings = newWarnings();
  const parsed = parseResources(resources, warnings);
  const ctx: Context = { settings, warnings, lookups: buildLookups(parsed), hasCourses: parsed.courses.length > 0, hasAssessments: parsed.assessments.length > 0 };
  const students = new Map<string, Student>();
  const of = (id: string): Student => {
    let s = students.get(id);
    if (s === undefined) students.set(id, (s = { transcript: [], tests: [], records: [], programs: [], enrollments: [] }));
    return s;
  };

  const composites = parsed.studentTranscriptComposites.map((c, i) => readComposite(ctx, parsed, c, i));
  const attempts = [...parsed.courseTranscripts.map(attemptOfResource), ...composites.flatMap((c) => c.attempts)];
  // Every student the export names gets a record, even one whose every entry was left out.
  for (const a of attempts) of(a.student);
  for (const c of parsed.studentTranscriptComposites) of(c.studentUniqueId);
  for (const s of parsed.studentSectionAssociations) of(s.studentReference.studentUniqueId);
  for (const a of parsed.studentAssessments) of(a.studentReference.studentUniqueId);
  const transcript = dropDuplicateRows(ctx, attempts.map((a) => mapAttempt(ctx, a)).filter(defined));
  const graded = new Set(transcript.map((m) => gradedKey(m.student, m.value.courseNumber, m.value.schoolYear ?? 0)));
  const sections = parsed.studentSectionAssociations.map((s, i) => mapSection(ctx, s, i, graded)).filter(defined);
  for (const m of [...transcript, ...sections]) of(m.student).transcript.push(m);

  const records = [...parsed.studentAcademicRecords.map((r, i) => academicRecordOf(ctx, r, i)), ...composites.flatMap((c) => c.records)];
  for (const r of records) of(r.student).records.push(r);
  const administrations = [...parsed.studentAssessments.map(administrationOf), ...composites.flatMap((c) => c.administrations)];
  const tests = mergeAdministrations(ctx, administrations.map((a) => mapAdministration(ctx, a)).filter(defined), (m) => m.source.resource === "studentAssessments");
  for (const t of tests) of(t.student).tests.push(t);

  for (const { resource, entries } of parsed.programAssociations) {
    entries.forEach((row, i) => {
      const entry = programOf(ctx, row, resource, i);
      if (entry !== undefined) of(entry.student).programs.push(entry);
      else of(row.studentReference.studentUniqueId);
    });
  }
  for (const r of records) for (const p of diplomaPrograms(ctx, r)) of(p.student).programs.push(p);
  parsed.studentSchoolAssociations.forEach((row, index) => of(row.studentReference.studentUniqueId).enrollments.push({ row, index }));

  const out: EdFiStudentRecord[] = [];
  for (const id of [...students.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const s = students.get(id)!;
    const rows = [...s.transcript].sort((a, b) => compareSessions(a.session, b.session));
    checkUncodedRepeats(ctx, rows);
    checkStoredGpas(ctx, s.records, rows);
    const student: EdFiStudentRecord = { id, transcript: rows.map((m) => m.value), tests: sortByDate(s.tests).map((m) => m.value) };
    const level = s.enrollments.length === 0 ? undefined : currentGradeLevel(ctx, s.enrollments);
    if (level !== undefined) student.gradeLevel = level;
    const gpas = storedGpas(ctx, s.records);
    if (gpas.length > 0) student.gpas = gpas;
    const programs = mergePrograms(s.programs);
    if (programs.length > 0) student.programs = programs;
    out.push(student);
  }
  checkSharedStateCodes(ctx, transcript);
  checkSharedCourseCodes(ctx, [...transcript, ...sections]);
  return { students: out, warnings: warnings.list };
}

/** Tests by date (undated last); the sort is stable, so one date keeps the input order. */
function sortByDate(tests: readonly Mapped<TestScore>[]): Mapped<TestScore>[] {
  return [...tests].sort((a, b) => {
    const x = a.value.date;
    const y = b.value.date;
    if (x === y) return 0;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return x < y ? -1 : 1;
  });
}
