import { compare } from "../../decimal/index.js";
import type { GpaType, Repeats } from "../../model/vocabulary.js";
import type { SetAsideReason } from "../../requirements/index.js";
import { gradePoints } from "../../requirements/grade-points.js";
import type { PreparedRecord, PreparedStudent } from "../../student/prepared.js";

/*
 * Repeats (DESIGN.md §11, A-11.15): with `settings.repeats` "best" or "latest", of the completed
 * records of one course number one counts anywhere in the program; the others are set aside as
 * "repeated", like records an exclude leaves out, so requirements, credit groups and GPAs all skip them.
 */

/** Whether `b` is later than `a`: the greater schoolYear (none is oldest), then later in the transcript. */
function later(a: PreparedRecord, b: PreparedRecord): boolean {
  const ya = a.schoolYear ?? -Infinity;
  const yb = b.schoolYear ?? -Infinity;
  return yb !== ya ? yb > ya : b.index > a.index;
}

function better(a: PreparedRecord, b: PreparedRecord, repeats: Repeats, gpaType: GpaType): boolean {
  if (repeats === "best") {
    const pa = gradePoints(a, gpaType);
    const pb = gradePoints(b, gpaType);
    if (pa === undefined && pb !== undefined) return true;
    if (pa !== undefined && pb === undefined) return false;
    if (pa !== undefined && pb !== undefined) {
      const order = compare(pb, pa);
      if (order !== 0) return order > 0;
    }
  }
  return later(a, b);
}

/**
 * The program's set-aside records with the repeats added; `setAside` (an exclude's) is left as it
 * was. Undefined when nothing is set aside.
 */
export function withRepeats(
  student: PreparedStudent,
  repeats: Repeats,
  gpaType: GpaType,
  caseSensitive: boolean,
  setAside: ReadonlyMap<PreparedRecord, SetAsideReason> | undefined,
): ReadonlyMap<PreparedRecord, SetAsideReason> | undefined {
  if (repeats === "all") return setAside;
  const kept = new Map<string, PreparedRecord>();
  const out = new Map(setAside ?? []);
  for (const record of student.transcript) {
    if (record.status !== "completed" || record.standardsBased || record.replaced || setAside?.has(record) === true) continue;
    const key = caseSensitive ? record.courseNumber : record.courseNumber.toLowerCase();
    const held = kept.get(key);
    if (held === undefined) kept.set(key, record);
    else if (better(held, record, repeats, gpaType)) {
      out.set(held, "repeated");
      kept.set(key, record);
    } else out.set(record, "repeated");
  }
  return out.size === 0 ? undefined : out;
}
