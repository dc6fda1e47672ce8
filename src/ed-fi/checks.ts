import type { Context } from "./context.js";
import type { EdFiTranscriptRecord, Mapped } from "./records.js";
import { quote, warn, warnOnce } from "./warnings.js";

/*
 * Checks across every student's records: problems no single row shows.
 */

const list = (values: Iterable<string>) => {
  const all = [...values];
  return `${all.slice(0, 5).map(quote).join(", ")}${all.length > 5 ? `, … (${all.length} in all)` : ""}`;
};

/** A state course code given for several course numbers is likely a placeholder: state-code patterns would match them all. */
export function checkSharedStateCodes(ctx: Context, transcript: readonly Mapped<EdFiTranscriptRecord>[]): void {
  const byCode = new Map<string, Map<string, Mapped<EdFiTranscriptRecord>>>();
  for (const m of transcript) {
    const code = m.value.stateCode;
    if (code === undefined) continue;
    const numbers = byCode.get(code) ?? new Map<string, Mapped<EdFiTranscriptRecord>>();
    byCode.set(code, numbers);
    if (!numbers.has(m.value.courseNumber)) numbers.set(m.value.courseNumber, m);
  }
  for (const [code, numbers] of byCode) {
    if (numbers.size < 2) continue;
    const second = [...numbers.values()][1]!;
    const field = second.source.resource === "studentSectionAssociations" ? "sectionReference" : "alternativeCourseIdentificationCodes";
    warn(
      ctx.warnings,
      "sharedStateCode",
      `the state course code ${quote(code)} is given for ${numbers.size} different courses (${list(numbers.keys())}): it may be a placeholder, and a requirement's stateCodes pattern would match them all`,
      second.source,
      field,
    );
  }
}

const COURSE_FIELD: Record<string, string> = { studentSectionAssociations: "sectionReference", studentTranscriptComposites: "courseCode" };

/** Without options.prefixCourseNumbers, one course code of two education organizations is one course number. */
export function checkSharedCourseCodes(ctx: Context, transcript: readonly Mapped<EdFiTranscriptRecord>[]): void {
  if (ctx.settings.prefixCourseNumbers) return;
  const byNumber = new Map<string, Set<number>>();
  for (const m of transcript) {
    if (m.courseEdOrg === undefined) continue;
    const edOrgs = byNumber.get(m.value.courseNumber) ?? new Set<number>();
    byNumber.set(m.value.courseNumber, edOrgs);
    edOrgs.add(m.courseEdOrg);
    if (edOrgs.size === 2) {
      warnOnce(
        ctx.warnings,
        m.value.courseNumber,
        "sharedCourseCode",
        `the course code ${quote(m.value.courseNumber)} belongs to courses of education organizations ${[...edOrgs].join(" and ")}: their records share one course number (options.prefixCourseNumbers tells them apart)`,
        m.source,
        COURSE_FIELD[m.source.resource] ?? "courseReference",
      );
    }
  }
}

/** Two rows with one natural key (the same attempt sent twice, or by a composite too): the first is kept. */
export function dropDuplicateRows(ctx: Context, rows: readonly Mapped<EdFiTranscriptRecord>[]): Mapped<EdFiTranscriptRecord>[] {
  const first = new Map<string, { m: Mapped<EdFiTranscriptRecord>; text: string }>();
  const out: Mapped<EdFiTranscriptRecord>[] = [];
  for (const m of rows) {
    const { id: _id, ...rest } = m.value;
    const text = JSON.stringify(rest);
    const before = first.get(m.key);
    if (before === undefined) {
      first.set(m.key, { m, text });
      out.push(m);
    } else if (before.text !== text) {
      const where = `${before.m.source.resource}[${before.m.source.index}]`;
      warn(ctx.warnings, "conflictingDuplicate", `the same course attempt (${quote(m.value.courseNumber)}, ${m.value.schoolYear} ${m.value.term}) is also in ${where} with other values: that one was kept`, m.source, "");
    }
  }
  return out;
}

/**
 * A course completed again in a later school year (or twice in one session) with no repeat code
 * on either row: both count, unless the program's `settings.repeats` chooses one. Reported so that
 * a missing code is not mistaken for policy. Rows of one course in different terms of one school
 * year are the parts of a multi-term course, not repeats.
 */
export function checkUncodedRepeats(ctx: Context, rows: readonly Mapped<EdFiTranscriptRecord>[]): void {
  const seen = new Map<string, Mapped<EdFiTranscriptRecord>[]>();
  for (const m of rows) {
    if ((m.value.status ?? "completed") !== "completed" || m.value.replaced === true) continue;
    const before = seen.get(m.value.courseNumber) ?? [];
    seen.set(m.value.courseNumber, [...before, m]);
    const first = before.find((b) => b.session[0] !== m.session[0] || b.session[1] === m.session[1]);
    if (first === undefined || first.repeatCoded === true || m.repeatCoded === true) continue;
    warn(
      ctx.warnings,
      "repeatWithoutCode",
      `${quote(m.value.courseNumber)} is on the transcript again (${first.value.schoolYear} ${first.value.term}, then ${m.value.schoolYear} ${m.value.term}) and neither row has a course repeat code: both count, unless the program's settings.repeats chooses one`,
      m.source,
      REPEAT_FIELD[m.source.resource] ?? "courseRepeatCodeDescriptor",
    );
  }
}

const REPEAT_FIELD: Record<string, string> = { studentTranscriptComposites: "courseRepeatCode" };
