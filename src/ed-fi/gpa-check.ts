import { add, addProductTo, compare, formatDecimal, newSum, sign, type Fixed } from "../decimal/fixed.js";
import { readDecimal } from "../decimal/read.js";
import type { GpaType } from "../model/vocabulary.js";
import type { AcademicRecord, StoredGpa } from "./academic-records.js";
import type { Context } from "./context.js";
import { codeOf } from "./descriptors.js";
import { exact, quotient } from "./decimals.js";
import { compareSessions, type EdFiTranscriptRecord, type Mapped } from "./records.js";
import { warn } from "./warnings.js";

/*
 * A stored GPA should follow from the transcript's grade points under the district's scale. When
 * it does not (a scale that differs from the SIS's, missing rows, a hand-entered value), the
 * report would show a GPA the counselor cannot reproduce: each stored GPA is recomputed from the
 * records up to its session (only its session for a session GPA) and a difference is reported.
 * The stored value is still the one used. Only with a grade scale: without one there are no points.
 */

const fixed = (text: string | number | undefined) => (text === undefined ? undefined : (readDecimal(text) as Fixed));

function pointsFor(record: EdFiTranscriptRecord, type: GpaType): Fixed | undefined {
  const base = type.startsWith("unweighted") ? (fixed(record.unweightedGpaValue) ?? fixed(record.gpaValue)) : fixed(record.gpaValue);
  if (base === undefined || !type.endsWith("WithBonus")) return base;
  return add(base, fixed(record.bonusPoints) ?? { units: 0, scale: 0 });
}

function weightOf(record: EdFiTranscriptRecord): Fixed {
  if (record.attempted !== undefined) return exact(record.attempted);
  return (record.credits ?? []).reduce<Fixed>((sum, line) => add(sum, exact(line.amount)), { units: 0, scale: 0 });
}

/** The GPA the records give, to `places` places (half up), or undefined when no record weighs anything. */
export function computedGpa(records: readonly EdFiTranscriptRecord[], type: GpaType, places: number): Fixed | undefined {
  const points = newSum();
  const weights = newSum();
  for (const record of records) {
    if ((record.status ?? "completed") !== "completed" || record.excludeFromGpa === true || record.replaced === true) continue;
    const p = pointsFor(record, type);
    if (p === undefined) continue;
    const w = weightOf(record);
    addProductTo(points, p, w);
    addProductTo(weights, w, { units: 1, scale: 0 });
  }
  return sign(weights) === 0 ? undefined : quotient(points, weights, places);
}

export function checkStoredGpas(ctx: Context, records: readonly AcademicRecord[], transcript: readonly Mapped<EdFiTranscriptRecord>[]): void {
  const { settings, warnings } = ctx;
  if (settings.letters === undefined && settings.bands === undefined) return;
  for (const record of records) {
    for (const gpa of record.gpas) check(record, gpa);
  }
  function check(record: AcademicRecord, gpa: StoredGpa): void {
    const stored = exact(gpa.value);
    const rows = transcript
      .filter((m) => (gpa.cumulative ? compareSessions(m.session, record.session) <= 0 : compareSessions(m.session, record.session) === 0))
      .map((m) => m.value);
    const computed = computedGpa(rows, gpa.type, stored.scale);
    if (computed === undefined || compare(computed, stored) === 0) return;
    const shown = computedGpa(rows, gpa.type, Math.max(stored.scale, 4))!;
    const scope = gpa.cumulative ? `up to ${record.schoolYear} ${codeOf(record.term)}` : `of ${record.schoolYear} ${codeOf(record.term)}`;
    warn(
      warnings,
      "gpaMismatch",
      `the stored ${gpa.type} GPA ${formatDecimal(stored)} does not follow from the grades: the transcript rows ${scope} give ${formatDecimal(shown)} under options.gradeScale; the stored value is the one used`,
      record.source,
      gpa.field,
    );
  }
}
