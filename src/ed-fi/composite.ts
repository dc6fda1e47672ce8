import { academicRecordOfComposite, type AcademicRecord } from "./academic-records.js";
import type { Administration } from "./assessments.js";
import { attemptOfComposite, type Attempt } from "./attempt.js";
import type { CompositeAssessment, TranscriptComposite } from "./composite-schema.js";
import type { Context } from "./context.js";
import type { Parsed } from "./parse.js";
import { quote, warn, type Source } from "./warnings.js";

/*
 * A transcript composite (see composite-schema.ts) read as the resources it stands for: its
 * academic records and their nested course transcripts, and its assessments. Its assessments name
 * a title, subjects and grade level instead of an identifier: the Assessment with that title, one of
 * those subjects and that assessed grade level supplies the identifier.
 */

export interface CompositeParts {
  attempts: Attempt[];
  records: AcademicRecord[];
  administrations: Administration[];
}

function identify(ctx: Context, parsed: Parsed, a: CompositeAssessment, source: Source): { id: string; namespace: string } | undefined {
  const subjects = new Set((a.assesmentSubject ?? []).map((s) => s.assesmentSubject));
  const matches = parsed.assessments.filter(
    (x) =>
      x.assessmentTitle === a.assessmentTitle &&
      (subjects.size === 0 || (x.academicSubjects ?? []).some((s) => subjects.has(s.academicSubjectDescriptor))) &&
      (a.whenAssessedGradeLevelDescriptor === undefined ||
        x.assessedGradeLevels === undefined ||
        x.assessedGradeLevels.some((g) => g.gradeLevelDescriptor === a.whenAssessedGradeLevelDescriptor)),
  );
  if (matches.length === 1) return { id: matches[0]!.assessmentIdentifier, namespace: matches[0]!.namespace };
  const what = matches.length === 0 ? "no assessment among those given has" : `${matches.length} assessments have`;
  warn(ctx.warnings, "compositeAssessmentUnresolved", `${what} the title ${quote(a.assessmentTitle)} with this subject and grade level: the entry was left out`, source, "assessmentTitle");
  return undefined;
}

export function readComposite(ctx: Context, parsed: Parsed, composite: TranscriptComposite, index: number): CompositeParts {
  const student = composite.studentUniqueId;
  const school = composite.school?.[0]?.schoolId;
  const parts: CompositeParts = { attempts: [], records: [], administrations: [] };
  (composite.studentAcademicRecords ?? []).forEach((record, i) => {
    const prefix = `studentAcademicRecords.${i}`;
    parts.records.push(academicRecordOfComposite(ctx, record, student, { resource: "studentTranscriptComposites", index, prefix }));
    (record.courseTranscript ?? []).forEach((row, j) => {
      const source = { resource: "studentTranscriptComposites", index, prefix: `${prefix}.courseTranscript.${j}` };
      parts.attempts.push(attemptOfComposite(row, student, record, school, source));
    });
  });
  (composite.studentAssessments ?? []).forEach((a, i) => {
    const source = { resource: "studentTranscriptComposites", index, prefix: `studentAssessments.${i}` };
    const found = identify(ctx, parsed, a, source);
    if (found === undefined) return;
    parts.administrations.push({
      student,
      source,
      assessmentId: found.id,
      namespace: found.namespace,
      identifier: undefined,
      date: a.administrationDate,
      notTested: undefined,
      scoreResults: a.scoreResults ?? [],
      performanceLevels: a.performanceLevels ?? [],
      scoresField: "scoreResults",
      levelsField: "performanceLevels",
      dateField: "administrationDate",
      assessmentField: "assessmentTitle",
    });
  });
  return parts;
}
