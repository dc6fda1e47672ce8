import { add, addTo, compare, formatDecimal, max, newSum, subtract, ZERO, type Fixed, type Sum } from "../decimal/index.js";
import type { AppliedException } from "../model/exception.js";
import type { Status } from "../model/vocabulary.js";
import type { IssueSink, Path } from "../shape/issues.js";
import { amount, gradeTable, list, optional, strictObject, text, type Out } from "../shape/types.js";
import type { PreparedRecord, PreparedStudent } from "../student/prepared.js";
import { applyCaps, CapShape, loadCaps, validateCaps, type CapItem, type CapRuntime } from "./caps.js";
import { checkNotEmpty, checkPositive } from "./checks.js";
import { loadPace, paceResult, validatePace, type PaceResult, type PaceRuntime } from "./pace.js";
import { statusFromCounts } from "./status.js";

/*
 * Credit groups (DESIGN.md §4): credits of some credit types (all when `creditTypes` is omitted;
 * `parentCreditTypes` does not apply) earned and projected against a minimum, optionally with a
 * pace (§9).
 */

export const CreditGroupShape = strictObject({
  id: text({ minLength: 1 }),
  name: text(),
  creditTypes: optional(list(text())),
  minCredits: amount(),
  pace: optional(gradeTable()),
  caps: optional(list(CapShape)),
});

export type CreditGroupRead = Out<typeof CreditGroupShape>;

/** A credit group: credits of its types earned and projected against its minimum. */
export interface CreditGroupResult {
  id: string;
  name: string;
  status: Status;
  earnedCredits: string;
  projectedCredits: string;
  requiredCredits: string;
  remainingCredits: string;
  /** With `pace` and a student grade level: where the student stands against it (§9). */
  pace?: PaceResult;
  /** The student's exceptions applied to this group, in the student's order (§10). */
  exceptions?: AppliedException[];
}

export interface CreditGroupRuntime {
  id: string;
  name: string;
  minCredits: Fixed;
  types: ReadonlySet<string> | undefined;
  pace: PaceRuntime | undefined;
  caps: CapRuntime[] | undefined;
}

interface Bucket {
  earned: Sum;
  /** In progress and planned. */
  pending: Sum;
  /** In progress only, for pace. */
  inProgress: Sum;
}

/** Credits per credit type, and over all types, by where the record stands. */
export interface CreditTotals {
  byType: Map<string, Bucket>;
  all: Bucket;
  /** The records that count in credit groups, in transcript order (for caps, A-11.10): made when a capped group asks. */
  records(): readonly PreparedRecord[];
}

export function validateCreditGroup(group: CreditGroupRead, path: Path, issues: IssueSink): void {
  checkPositive(issues, group.minCredits, [...path, "minCredits"]);
  checkNotEmpty(issues, group.creditTypes, [...path, "creditTypes"], "count every credit type");
  validatePace(issues, group.pace, group.minCredits, [...path, "pace"], "credits");
  validateCaps(issues, group.caps, [...path, "caps"]);
}

export function loadCreditGroup(group: CreditGroupRead, caseSensitive: boolean): CreditGroupRuntime {
  return {
    id: group.id,
    name: group.name,
    minCredits: group.minCredits,
    types: group.creditTypes === undefined ? undefined : new Set(group.creditTypes),
    pace: loadPace(group.pace),
    caps: loadCaps(group.caps, caseSensitive),
  };
}

const bucket = (): Bucket => ({ earned: newSum(), pending: newSum(), inProgress: newSum() });


/**
 * One pass over the transcript serves every credit group of every program. Standards-based and
 * replaced records never count; `setAside` holds the records a program's exceptions leave out
 * (the totals are then that program's own). `paced`: some group has a pace, so in-progress
 * credits are needed apart.
 */
export function creditTotals(student: PreparedStudent, paced: boolean, setAside?: ReadonlyMap<PreparedRecord, unknown>): CreditTotals {
  const byType = new Map<string, Bucket>();
  const all = bucket();
  const counts = (record: PreparedRecord) =>
    !(record.standardsBased || (student.hasReplaced && record.replaced) || (setAside !== undefined && setAside.has(record)));
  for (const record of student.transcript) {
    if (!counts(record)) continue;
    const completed = record.status === "completed";
    const apart = paced && record.status === "inProgress";
    for (const line of record.credits) {
      let entry = byType.get(line.type);
      if (entry === undefined) byType.set(line.type, (entry = bucket()));
      addTo(completed ? entry.earned : entry.pending, line.amount);
      addTo(completed ? all.earned : all.pending, line.amount);
      if (apart) {
        addTo(entry.inProgress, line.amount);
        addTo(all.inProgress, line.amount);
      }
    }
  }
  let records: PreparedRecord[] | undefined;
  return { byType, all, records: () => (records ??= student.transcript.filter(counts)) };
}

/** A capped group's sums: its lines of each counting record, cut by its caps. */
function cappedSums(group: CreditGroupRuntime, caps: readonly CapRuntime[], totals: CreditTotals): Bucket {
  const types = group.types;
  const items: CapItem[] = [];
  for (const record of totals.records()) {
    const lines = types === undefined ? record.credits : record.credits.filter((line) => types.has(line.type));
    if (lines.length > 0) items.push({ record, lines });
  }
  const { amounts } = applyCaps(caps, items);
  const sums = bucket();
  items.forEach(({ record }, i) => {
    addTo(record.status === "completed" ? sums.earned : sums.pending, amounts[i]!);
    if (record.status === "inProgress") addTo(sums.inProgress, amounts[i]!);
  });
  return sums;
}

/** A group's status and figures; `minimum` is an adjust's (§10), `gradeLevel` the student's for the pace; `compact` leaves out the name. */
export function evaluateCreditGroup(
  group: CreditGroupRuntime,
  totals: CreditTotals,
  gradeLevel: number | undefined,
  minimum: Fixed = group.minCredits,
  compact = false,
): CreditGroupResult {
  let sums: Bucket = totals.all;
  if (group.caps !== undefined) sums = cappedSums(group, group.caps, totals);
  else if (group.types !== undefined) {
    sums = bucket();
    for (const type of group.types) {
      const entry = totals.byType.get(type);
      if (entry === undefined) continue;
      addTo(sums.earned, entry.earned);
      addTo(sums.pending, entry.pending);
      if (group.pace !== undefined) addTo(sums.inProgress, entry.inProgress);
    }
  }
  const { earned } = sums;
  const projected = add(earned, sums.pending);
  const pace = group.pace === undefined ? undefined : paceResult(group.pace, gradeLevel, minimum, add(earned, sums.inProgress));
  const status = statusFromCounts(compare(earned, minimum) >= 0, compare(projected, minimum) >= 0 || pace?.onPace === true);
  const earnedCredits = formatDecimal(earned);
  const projectedCredits = formatDecimal(projected);
  const requiredCredits = formatDecimal(minimum);
  const remainingCredits = formatDecimal(max(ZERO, subtract(minimum, earned)));
  // A compact report leaves the name to the compiled program's outline.
  const result: CreditGroupResult = compact
    ? ({ id: group.id, status, earnedCredits, projectedCredits, requiredCredits, remainingCredits } as CreditGroupResult)
    : { id: group.id, name: group.name, status, earnedCredits, projectedCredits, requiredCredits, remainingCredits };
  if (pace !== undefined) result.pace = pace;
  return result;
}
