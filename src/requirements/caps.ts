import { add, compare, subtract, ZERO, type Fixed } from "../decimal/index.js";
import type { RecordStatus } from "../model/vocabulary.js";
import type { IssueSink, Path } from "../shape/issues.js";
import { amount, list, optional, strictObject, text, type Out } from "../shape/types.js";
import type { PreparedRecord } from "../student/prepared.js";
import { checkNotEmpty, checkPatterns } from "./checks.js";
import { compileCodeMatcher, type CodeMatcher } from "./record-matcher.js";

/*
 * Caps (DESIGN.md §11, A-11.9– ): a limit on the credits that some lines add to a course
 * requirement or a credit group ("no more than two credits from the following"). Lines are taken
 * completed first, then in progress, then planned, each in transcript order, so that what a cap
 * keeps is what the student has already done.
 */

export const CapShape = strictObject({
  courses: optional(list(text())),
  stateCodes: optional(list(text())),
  creditTypes: optional(list(text())),
  maxCredits: amount(),
});

export type CapRead = Out<typeof CapShape>;

export interface CapRuntime {
  /** The `courses`/`stateCodes` filter; undefined when the cap gives neither. */
  matches: CodeMatcher | undefined;
  types: ReadonlySet<string> | undefined;
  maxCredits: Fixed;
}

export function validateCaps(issues: IssueSink, caps: readonly CapRead[] | undefined, path: Path): void {
  checkNotEmpty(issues, caps, path, "cap nothing");
  caps?.forEach((cap, i) => {
    const at = [...path, i];
    for (const key of ["courses", "stateCodes", "creditTypes"] as const) checkNotEmpty(issues, cap[key], [...at, key], "leave that filter out");
    checkPatterns(issues, cap.courses, [...at, "courses"]);
    checkPatterns(issues, cap.stateCodes, [...at, "stateCodes"]);
  });
}

export function loadCaps(caps: readonly CapRead[] | undefined, caseSensitive: boolean): CapRuntime[] | undefined {
  if (caps === undefined) return undefined;
  return caps.map((cap) => ({
    matches: cap.courses === undefined && cap.stateCodes === undefined ? undefined : compileCodeMatcher(cap.courses, cap.stateCodes, caseSensitive),
    types: cap.creditTypes === undefined ? undefined : new Set(cap.creditTypes),
    maxCredits: cap.maxCredits,
  }));
}

/** One credit line that would count, before caps. */
export interface CapLine {
  type: string;
  amount: Fixed;
}

/** A record that counts, with the lines it would add. */
export interface CapItem {
  record: PreparedRecord;
  lines: readonly CapLine[];
}

/** What caps leave of each item, in the order given. */
export interface CapCut {
  amounts: Fixed[];
  capped: boolean[];
}

const ORDER: readonly RecordStatus[] = ["completed", "inProgress", "planned"];

/**
 * Each item's counted amount after the caps: a line is cut to the smallest amount any matching
 * cap has left, and every matching cap is charged what the line adds. `items` are in
 * transcript order.
 */
export function applyCaps(caps: readonly CapRuntime[], items: readonly CapItem[]): CapCut {
  const left = caps.map((c) => c.maxCredits);
  const amounts: Fixed[] = new Array(items.length).fill(ZERO);
  const capped: boolean[] = new Array(items.length).fill(false);
  const matching: number[] = [];
  for (const status of ORDER) {
    items.forEach((item, i) => {
      if (item.record.status !== status) return;
      const record = item.record;
      // The course filter is the record's, the type filter the line's.
      const byCourse = caps.map((c) => c.matches === undefined || c.matches(record.courseNumber, record.stateCode));
      let total = ZERO;
      for (const line of item.lines) {
        matching.length = 0;
        let allowed: Fixed | undefined;
        caps.forEach((cap, c) => {
          if (!byCourse[c] || (cap.types !== undefined && !cap.types.has(line.type))) return;
          matching.push(c);
          if (allowed === undefined || compare(left[c]!, allowed) < 0) allowed = left[c]!;
        });
        let counted = line.amount;
        if (allowed !== undefined && compare(allowed, counted) < 0) {
          counted = allowed;
          capped[i] = true;
        }
        for (const c of matching) left[c] = subtract(left[c]!, counted);
        total = add(total, counted);
      }
      amounts[i] = total;
    });
  }
  return { amounts, capped };
}
