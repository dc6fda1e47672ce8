import { formatDecimal } from "../decimal/fixed.js";
import type { GpaType } from "../model/vocabulary.js";
import type { Context } from "./context.js";
import { codeOf, lookup } from "./descriptors.js";
import type { CompositeAcademicRecord } from "./composite-schema.js";
import { exact } from "./decimals.js";
import { compareSessions } from "./records.js";
import type { StudentAcademicRecord } from "./resource-schemas.js";
import { termIndex } from "./session.js";
import { quote, warn, type Source } from "./warnings.js";

/*
 * Student academic records hold the stored GPAs and the diplomas. The cumulative GPAs of the
 * latest record (by school year, then options.termOrder) become `student.gpas`: one per type,
 * each overriding the computed average in GPA requirements of that type.
 */

export interface StoredGpa {
  type: GpaType;
  cumulative: boolean;
  value: number | string;
  field: string;
}

export interface AcademicRecord {
  student: string;
  source: Source;
  schoolYear: number;
  term: string;
  session: readonly [number, number];
  gpas: StoredGpa[];
  diplomas: { type: string; field: string }[];
}

function gpasOf(
  ctx: Context,
  source: Source,
  list: readonly { type: string; isCumulative: boolean | undefined; value: number | string }[],
  names: { list: string; type: string; value: string },
): StoredGpa[] {
  const { settings, warnings } = ctx;
  const out: StoredGpa[] = [];
  list.forEach((gpa, i) => {
    const at = `${names.list}.${i}`;
    const type = lookup(warnings, settings.gpaTypes, gpa.type, "GradePointAverageTypeDescriptor", source, `${at}.${names.type}`);
    if (type === undefined) {
      warn(warnings, "unknownGpaType", `the GPA type ${quote(gpa.type)} is neither Weighted nor Unweighted (or in options.gpaTypes): the GPA was left out`, source, `${at}.${names.type}`);
      return;
    }
    let cumulative = gpa.isCumulative;
    if (cumulative === undefined) {
      cumulative = settings.cumulativeWhenUnknown;
      const what = cumulative ? "taken as the cumulative GPA (options.cumulativeWhenUnknown)" : "left out (options.cumulativeWhenUnknown is false)";
      warn(warnings, cumulative ? "cumulativeAssumed" : "cumulativeUnknown", `the GPA does not say whether it is cumulative (isCumulative): ${what}`, source, at);
      if (!cumulative) return;
    }
    out.push({ type, cumulative, value: gpa.value, field: `${at}.${names.value}` });
  });
  return out;
}

export function academicRecordOf(ctx: Context, row: StudentAcademicRecord, index: number): AcademicRecord {
  const source: Source = { resource: "studentAcademicRecords", index, prefix: "" };
  const list = (row.gradePointAverages ?? []).map((g) => ({ type: g.gradePointAverageTypeDescriptor, isCumulative: g.isCumulative, value: g.gradePointAverageValue }));
  const gpas = gpasOf(ctx, source, list, { list: "gradePointAverages", type: "gradePointAverageTypeDescriptor", value: "gradePointAverageValue" });
  if (row.cumulativeGradePointAverage !== undefined) {
    const type = ctx.settings.legacyCumulativeGpa;
    if (type === undefined) {
      warn(ctx.warnings, "legacyGpaSkipped", "cumulativeGradePointAverage (Data Standard 4 and earlier) does not say its weighting: left out (options.legacyCumulativeGpa names it)", source, "cumulativeGradePointAverage");
    } else if (!gpas.some((g) => g.cumulative && g.type === type)) {
      gpas.push({ type, cumulative: true, value: row.cumulativeGradePointAverage, field: "cumulativeGradePointAverage" });
    }
  }
  const schoolYear = row.schoolYearTypeReference.schoolYear;
  return {
    student: row.studentReference.studentUniqueId,
    source,
    schoolYear,
    term: row.termDescriptor,
    session: [schoolYear, termIndex(ctx, row.termDescriptor, source, "termDescriptor")],
    gpas,
    diplomas: (row.diplomas ?? []).map((d, i) => ({ type: d.diplomaTypeDescriptor, field: `diplomas.${i}.diplomaTypeDescriptor` })),
  };
}

export function academicRecordOfComposite(ctx: Context, row: CompositeAcademicRecord, student: string, source: Source): AcademicRecord {
  const list = (row.gradePointAverages ?? []).map((g) => ({ type: g.gradePointAverageType, isCumulative: g.isCumulative, value: g.gradePointAverageValue }));
  return {
    student,
    source,
    schoolYear: row.schoolYear,
    term: row.term,
    session: [row.schoolYear, termIndex(ctx, row.term, source, "term")],
    gpas: gpasOf(ctx, source, list, { list: "gradePointAverages", type: "gradePointAverageType", value: "gradePointAverageValue" }),
    diplomas: [],
  };
}

/** The §2 `gpas`: per type, the cumulative GPA of the latest record that holds one. */
export function storedGpas(ctx: Context, records: readonly AcademicRecord[]): { calculation: "cumulative"; type: GpaType; value: string }[] {
  const sorted = [...records].sort((a, b) => compareSessions(a.session, b.session));
  const latest = sorted.at(-1);
  const chosen = new Map<GpaType, { record: AcademicRecord; gpa: StoredGpa }>();
  for (const record of sorted) {
    for (const gpa of record.gpas) {
      if (!gpa.cumulative) continue;
      const before = chosen.get(gpa.type);
      if (before !== undefined && compareSessions(before.record.session, record.session) === 0 && formatDecimal(exactOf(before.gpa)) !== formatDecimal(exactOf(gpa))) {
        warn(ctx.warnings, "conflictingDuplicate", `another record of the same session (${before.record.source.resource}[${before.record.source.index}]) gives the ${gpa.type} GPA ${formatDecimal(exactOf(before.gpa))}, this one ${formatDecimal(exactOf(gpa))}: this one was used`, record.source, gpa.field);
      }
      chosen.set(gpa.type, { record, gpa });
    }
  }
  const out: { calculation: "cumulative"; type: GpaType; value: string }[] = [];
  for (const [type, { record, gpa }] of chosen) {
    if (latest !== undefined && compareSessions(record.session, latest.session) < 0) {
      warn(ctx.warnings, "staleGpa", `the latest academic record (${latest.schoolYear} ${codeOf(latest.term)}) holds no cumulative ${type} GPA: the one of ${record.schoolYear} ${codeOf(record.term)} was used`, record.source, gpa.field);
    }
    out.push({ calculation: "cumulative", type, value: formatDecimal(exactOf(gpa)) });
  }
  return out.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

const exactOf = (gpa: StoredGpa) => exact(gpa.value);
