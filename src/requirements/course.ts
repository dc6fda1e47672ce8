import { add, addTo, compare, formatDecimal, isZero, max, newSum, subtract, ZERO, type Fixed, type Sum } from "../decimal/index.js";
import type { GpaType, RecordStatus, Status } from "../model/vocabulary.js";
import { amount, boolean, gradeTable, integer, list, optional, requiredUnless, text } from "../shape/types.js";
import type { PreparedRecord } from "../student/prepared.js";
import { applyCaps, CapShape, loadCaps, validateCaps, type CapItem, type CapLine, type CapRuntime } from "./caps.js";
import { checkDigits, checkNotEmpty, checkPatterns, checkPositive } from "./checks.js";
import { gradePoints } from "./grade-points.js";
import { kindShape, type AllocationView, type EvaluationScope, type Owner, type KindModule, type RemainingFigures, type RequirementAdjustment, type RequirementResultBase, type TreeLine, type TreeOptions } from "./kind.js";
import { loadPace, paceResult, paceText, validatePace, type PaceResult, type PaceRuntime } from "./pace.js";
import { statusFromCounts } from "./status.js";

/*
 * Course requirement (DESIGN.md §4, §11): credits of matching transcript records, earned
 * (completed) and projected (with in-progress and planned work), against `minCredits`, and the
 * number of distinct courses against `minCourses`; caps, a letter-grade minimum, a grade-level
 * filter, and in exclusive allocation the records given to it.
 */

const shape = kindShape("course", {
  courses: optional(list(text())),
  stateCodes: optional(list(text())),
  // With `minCourses` (§11) `minCredits` may be left out; without, it is required as in Part I.
  minCredits: requiredUnless(amount(), "minCourses"),
  minGpa: optional(amount()),
  limitCreditType: optional(text()),
  schedulingPriority: optional(boolean()),
  recommended: optional(boolean()),
  suggestedGrade: optional(integer()),
  pace: optional(gradeTable()),
  minCourses: optional(integer({ min: 1 })),
  minGrade: optional(text()),
  gradeLevels: optional(list(integer())),
  caps: optional(list(CapShape)),
  shared: optional(boolean()),
});

/**
 * Why a matched course record did not count; when several apply, the first of this order
 * (DESIGN.md A-X2): replaced, excluded, repeated, creditTypeNotCounted, noGpaValue, belowMinGpa,
 * noGrade, belowMinGrade, usedElsewhere.
 */
export type NotCountedReason =
  | "replaced"
  | "excluded"
  | "repeated"
  | "creditTypeNotCounted"
  | "belowMinGpa"
  | "noGpaValue"
  | "noGrade"
  | "belowMinGrade"
  | "usedElsewhere";

/** A transcript record that a course requirement matched. */
export interface CourseRecordResult {
  /** Position in the student's transcript. */
  index: number;
  courseNumber: string;
  status: RecordStatus;
  /** Credits of the counted types on this record (what it adds when counted; after caps when `capped`). */
  credits: string;
  counted: boolean;
  reason?: NotCountedReason;
  /** Exclusive allocation: the requirement the record was given to instead (§11). */
  usedBy?: Owner;
  /** A cap cut some of its credits (§11); `credits` is what it adds. */
  capped?: true;
}

/** A course requirement: credits earned, projected with planned courses, required and remaining. */
export interface CourseRequirementResult extends RequirementResultBase {
  type: "course";
  earnedCredits: string;
  projectedCredits: string;
  /** Absent when the requirement has `minCourses` and no `minCredits` (A-11.11). */
  requiredCredits?: string;
  remainingCredits?: string;
  minGpa?: string;
  schedulingPriority?: boolean;
  suggestedGrade?: number;
  records: CourseRecordResult[];
  /** With `minCourses`: distinct courses of completed counted records, of all counted records, required, still needed. */
  earnedCourses?: number;
  projectedCourses?: number;
  requiredCourses?: number;
  remainingCourses?: number;
  /** With `pace` and a student grade level: where the student stands against it (§9). */
  pace?: PaceResult;
}

export interface CourseRuntime {
  id: string;
  criterion: string;
  description: string | undefined;
  /** The slot of `courses`/`stateCodes` in the program set's course index. */
  slot: number;
  minCredits: Fixed | undefined;
  minCourses: number | undefined;
  minGpa: Fixed | undefined;
  /** Position of `minGrade` in the grade scale, and every scale entry's position. */
  minGrade: number | undefined;
  gradeRanks: ReadonlyMap<string, number>;
  gradeLevels: ReadonlySet<number> | undefined;
  caps: CapRuntime[] | undefined;
  shared: boolean;
  caseSensitive: boolean;
  /** Which credit lines count: limitCreditType, else parentCreditTypes, else every type. */
  countsType: (type: string) => boolean;
  gpaType: GpaType;
  schedulingPriority: boolean | undefined;
  suggestedGrade: number | undefined;
  pace: PaceRuntime | undefined;
}

const REASON: Record<NotCountedReason, string> = {
  replaced: "replaced (the SIS marks it replaced)",
  excluded: "excluded by an exception",
  creditTypeNotCounted: "its credit type does not count here",
  belowMinGpa: "grade below the minimum GPA",
  noGpaValue: "no grade points to compare with the minimum GPA",
  repeated: "a repeat of a course that counts once",
  noGrade: "no letter grade of the grade scale",
  belowMinGrade: "letter grade below the minimum",
  usedElsewhere: "counted for another requirement",
};

const plural = (n: string, word: string) => `${n} ${word}${n === "1" ? "" : "s"}`;

function recordLine(r: CourseRequirementResult, record: CourseRecordResult, givenUp: TreeOptions["givenUp"]): TreeLine {
  const status: Status = record.counted ? (record.status === "completed" ? "met" : "onTrack") : "offTrack";
  const by = record.usedBy === undefined ? "" : ` (${record.usedBy.criterion}/${record.usedBy.requirement})`;
  // Where else a counted record could have gone: the requirements that list it as used here.
  const others = record.counted ? givenUp.get(record.index)?.filter((g) => g.by.criterion === r.criterion && g.by.requirement === r.id) : undefined;
  const also = others === undefined || others.length === 0 ? "" : ` — could also have counted for ${others.map((g) => `${g.from.criterion}/${g.from.requirement}`).join(", ")}`;
  const why = record.reason === undefined ? (record.capped === true ? " — capped" : "") + also : ` — not counted: ${REASON[record.reason]}${by}`;
  const state = record.status === "completed" ? "" : ` (${record.status === "inProgress" ? "in progress" : "planned"})`;
  return { status, text: `${record.courseNumber}${state} ${plural(record.credits, "credit")}${why}` };
}

/** The matched records and the substituted ones, each once, in transcript order. */
function withSubstitutes(matched: readonly PreparedRecord[], substitutes: readonly PreparedRecord[]): PreparedRecord[] {
  const all = new Set(matched);
  for (const record of substitutes) all.add(record);
  return [...all].sort((a, b) => a.index - b.index);
}

/**
 * The reasons before the grade's (A-X2): a record the SIS replaced, then one an exception leaves
 * out of the program or of this requirement.
 */
function setAsideReason(record: PreparedRecord, scope: EvaluationScope, adjustment: RequirementAdjustment | undefined): NotCountedReason | undefined {
  if (record.replaced) return "replaced";
  const setAside = scope.setAside?.get(record);
  if (setAside !== undefined) return setAside;
  if (adjustment?.excluded?.has(record) === true) return "excluded";
  return undefined;
}

/** What a requirement makes of each matched record before allocation and caps. */
interface Considered {
  records: PreparedRecord[];
  /** Credits of the counted types (every line for a substituted record). */
  credits: Fixed[];
  reasons: (NotCountedReason | undefined)[];
  substituted: boolean[];
}

function consider(rt: CourseRuntime, scope: EvaluationScope, adjustment: RequirementAdjustment | undefined): Considered {
  const out: Considered = { records: [], credits: [], reasons: [], substituted: [] };
  const substitutes = adjustment?.substitutes;
  const matched = substitutes === undefined ? scope.records(rt.slot) : withSubstitutes(scope.records(rt.slot), substitutes);
  // Whether any record may be set aside: replaced records, or exceptions of this student.
  const checkAside = scope.student.hasReplaced || scope.setAside !== undefined || adjustment?.excluded !== undefined;
  const levels = rt.gradeLevels;
  for (const record of matched) {
    if (record.standardsBased) continue;
    // A substituted record counts all its lines, whatever their type (A-10.7).
    const substituted = substitutes !== undefined && substitutes.includes(record);
    // Outside the grade levels a record does not match at all (A-11.14); a substitute is named, not matched.
    if (levels !== undefined && !substituted && (record.gradeLevel === undefined || !levels.has(record.gradeLevel))) continue;
    let credits = ZERO;
    if (substituted) credits = record.totalCredits;
    else for (const line of record.credits) if (rt.countsType(line.type)) credits = add(credits, line.amount);
    let reason = checkAside ? setAsideReason(record, scope, adjustment) : undefined;
    if (reason !== undefined) {
      // set aside: the reasons below do not apply
    } else if (isZero(credits) && !isZero(record.totalCredits)) {
      reason = "creditTypeNotCounted";
    } else if (record.status === "completed") {
      if (rt.minGpa !== undefined) {
        const points = gradePoints(record, rt.gpaType);
        if (points === undefined) reason = "noGpaValue";
        else if (compare(points, rt.minGpa) < 0) reason = "belowMinGpa";
      }
      if (reason === undefined && rt.minGrade !== undefined) {
        const rank = record.grade === undefined ? undefined : rt.gradeRanks.get(record.grade);
        if (rank === undefined) reason = "noGrade";
        else if (rank > rt.minGrade) reason = "belowMinGrade";
      }
    }
    out.records.push(record);
    out.credits.push(credits);
    out.reasons.push(reason);
    out.substituted.push(substituted);
  }
  return out;
}

/** The figures of the records that count: `given(i)` says whether record i of `c` is this requirement's. */
interface Figures {
  earned: Sum;
  pending: Sum;
  inProgress: Sum | undefined;
  earnedCourses: number;
  projectedCourses: number;
  /** Per considered record: what it adds (after caps) and whether a cap cut it; undefined without caps. */
  cut: { amounts: Fixed[]; capped: boolean[] } | undefined;
}

function linesOf(rt: CourseRuntime, c: Considered, i: number): CapLine[] {
  const record = c.records[i]!;
  return c.substituted[i] ? record.credits : record.credits.filter((line) => rt.countsType(line.type));
}

function figures(rt: CourseRuntime, c: Considered, given: ((i: number) => boolean) | undefined): Figures {
  const earned = newSum();
  const pending = newSum();
  // Only a pace needs the in-progress credits apart (A-9.14).
  const inProgress = rt.pace === undefined ? undefined : newSum();
  const counts = (i: number) => c.reasons[i] === undefined && (given === undefined || given(i));
  let cut: Figures["cut"];
  if (rt.caps !== undefined) {
    const items: CapItem[] = [];
    const at: number[] = [];
    for (let i = 0; i < c.records.length; i++) {
      if (!counts(i)) continue;
      items.push({ record: c.records[i]!, lines: linesOf(rt, c, i) });
      at.push(i);
    }
    const applied = applyCaps(rt.caps, items);
    cut = { amounts: c.credits.slice(), capped: new Array<boolean>(c.records.length).fill(false) };
    at.forEach((i, k) => {
      cut!.amounts[i] = applied.amounts[k]!;
      cut!.capped[i] = applied.capped[k]!;
    });
  }
  const earnedCourses = rt.minCourses === undefined ? undefined : new Set<string>();
  const projectedCourses = rt.minCourses === undefined ? undefined : new Set<string>();
  for (let i = 0; i < c.records.length; i++) {
    if (!counts(i)) continue;
    const record = c.records[i]!;
    const credits = cut === undefined ? c.credits[i]! : cut.amounts[i]!;
    const completed = record.status === "completed";
    addTo(completed ? earned : pending, credits);
    if (inProgress !== undefined && record.status === "inProgress") addTo(inProgress, credits);
    // A failed course (or one cut to nothing) is not a course (A-11.11).
    if (projectedCourses !== undefined && !isZero(credits)) {
      const key = rt.caseSensitive ? record.courseNumber : record.courseNumber.toLowerCase();
      projectedCourses.add(key);
      if (completed) earnedCourses!.add(key);
    }
  }
  return { earned, pending, inProgress, earnedCourses: earnedCourses?.size ?? 0, projectedCourses: projectedCourses?.size ?? 0, cut };
}

function statusOf(rt: CourseRuntime, f: Figures, minimum: Fixed | undefined, gradeLevel: number | undefined): { status: Status; projected: Fixed; pace: PaceResult | undefined } {
  const earned: Fixed = f.earned;
  const projected = add(earned, f.pending);
  let met = true;
  let onTrack = true;
  let pace: PaceResult | undefined;
  if (minimum !== undefined) {
    pace = f.inProgress === undefined ? undefined : paceResult(rt.pace, gradeLevel, minimum, add(earned, f.inProgress));
    met = compare(earned, minimum) >= 0;
    // onTrack by the plan, or by the pace (§9); minCourses ANDs its own condition (A-11.12).
    onTrack = compare(projected, minimum) >= 0 || pace?.onPace === true;
  }
  if (rt.minCourses !== undefined) {
    met &&= f.earnedCourses >= rt.minCourses;
    onTrack &&= f.projectedCourses >= rt.minCourses;
  }
  return { status: statusFromCounts(met, onTrack), projected, pace };
}

const isOwner = (rt: CourseRuntime, owner: Owner | undefined) =>
  owner !== undefined && owner.criterion === rt.criterion && owner.requirement === rt.id;

export const course: KindModule<typeof shape, CourseRuntime, CourseRequirementResult> = {
  shape,

  validate(d, path, { issues, gradeScale }) {
    if ((d.courses?.length ?? 0) + (d.stateCodes?.length ?? 0) === 0) {
      issues.add(path, "noPatterns", "a course requirement needs at least one entry in courses or stateCodes");
    }
    checkPatterns(issues, d.courses, [...path, "courses"]);
    checkPatterns(issues, d.stateCodes, [...path, "stateCodes"]);
    if (d.minCredits !== undefined) checkPositive(issues, d.minCredits, [...path, "minCredits"]);
    if (d.minGpa !== undefined) checkDigits(issues, d.minGpa, [...path, "minGpa"], 7, 4);
    validatePace(issues, d.pace, d.minCredits, [...path, "pace"], "credits");
    if (d.minGrade !== undefined) {
      if (gradeScale === undefined) issues.add([...path, "minGrade"], "noGradeScale", "minGrade needs settings.gradeScale, the letter grades from best to worst");
      else if (!gradeScale.includes(d.minGrade)) {
        issues.add([...path, "minGrade"], "unknownGrade", `${JSON.stringify(d.minGrade)} is not a letter grade of settings.gradeScale`);
      }
    }
    checkNotEmpty(issues, d.gradeLevels, [...path, "gradeLevels"], "take every grade level");
    validateCaps(issues, d.caps, [...path, "caps"]);
  },

  isRecommended: (d) => d.recommended === true,

  exceptionTargets: () => ({ substitute: true, exclude: true, adjust: "minCredits" }),

  load(d, context) {
    const { settings, parentCreditTypes } = context;
    const limit = d.limitCreditType;
    return {
      id: d.id,
      criterion: context.criterion,
      description: d.description,
      slot: context.courses.register(d.courses, d.stateCodes, settings.caseSensitive),
      minCredits: d.minCredits,
      minCourses: d.minCourses,
      minGpa: d.minGpa,
      minGrade: d.minGrade === undefined ? undefined : context.gradeRanks.get(d.minGrade),
      gradeRanks: context.gradeRanks,
      gradeLevels: d.gradeLevels === undefined ? undefined : new Set(d.gradeLevels),
      caps: loadCaps(d.caps, settings.caseSensitive),
      shared: d.shared === true,
      caseSensitive: settings.caseSensitive,
      countsType:
        limit !== undefined
          ? (type) => type === limit
          : parentCreditTypes !== undefined
            ? (type) => parentCreditTypes.has(type)
            : () => true,
      gpaType: settings.gpaType,
      schedulingPriority: d.schedulingPriority,
      suggestedGrade: d.suggestedGrade,
      pace: loadPace(d.pace),
    };
  },

  allocation(rt, scope, adjustment): AllocationView | undefined {
    if (rt.shared) return undefined;
    const c = consider(rt, scope, adjustment);
    const candidates: PreparedRecord[] = [];
    const position = new Map<PreparedRecord, number>();
    c.records.forEach((record, i) => {
      if (c.reasons[i] !== undefined) return;
      candidates.push(record);
      position.set(record, i);
    });
    const minimum = adjustment?.minimum ?? rt.minCredits;
    const gradeLevel = scope.student.gradeLevel;
    return {
      candidates,
      // Two overlapping caps, or a cap with minCourses, can make one more record lower a status (A-11.9).
      monotone: rt.caps === undefined || (rt.caps.length === 1 && rt.minCourses === undefined),
      rank(given) {
        const status = statusOf(rt, figures(rt, c, (i) => given(c.records[i]!)), minimum, gradeLevel).status;
        return status === "met" ? 2 : status === "onTrack" ? 1 : 0;
      },
    };
  },

  evaluate(rt, scope, adjustment) {
    const minimum = adjustment?.minimum ?? rt.minCredits;
    const c = consider(rt, scope, adjustment);
    const owners = rt.shared ? undefined : scope.owners;
    if (owners !== undefined) {
      // Exclusive allocation (§11): a candidate given to another requirement counts there.
      for (let i = 0; i < c.records.length; i++) if (c.reasons[i] === undefined && !isOwner(rt, owners.get(c.records[i]!))) c.reasons[i] = "usedElsewhere";
    }
    const f = figures(rt, c, undefined);
    const { status, projected, pace } = statusOf(rt, f, minimum, scope.student.gradeLevel);
    const records: CourseRecordResult[] = [];
    for (let i = 0; i < c.records.length; i++) {
      const record = c.records[i]!;
      const reason = c.reasons[i];
      const capped = f.cut?.capped[i] === true;
      const entry: CourseRecordResult = {
        index: record.index,
        courseNumber: record.courseNumber,
        status: record.status,
        credits: formatDecimal(capped ? f.cut!.amounts[i]! : c.credits[i]!),
        counted: reason === undefined,
      };
      if (reason !== undefined) entry.reason = reason;
      if (reason === "usedElsewhere") {
        const owner = owners!.get(record);
        if (owner !== undefined) entry.usedBy = { criterion: owner.criterion, requirement: owner.requirement };
      }
      if (capped) entry.capped = true;
      records.push(entry);
    }
    const earned: Fixed = f.earned;
    // Part I's key order: the credit minimum's figures before the records (A-X7).
    const result: CourseRequirementResult =
      minimum === undefined
        ? { id: rt.id, criterion: rt.criterion, type: "course", status, earnedCredits: formatDecimal(earned), projectedCredits: formatDecimal(projected), records }
        : {
            id: rt.id,
            criterion: rt.criterion,
            type: "course",
            status,
            earnedCredits: formatDecimal(earned),
            projectedCredits: formatDecimal(projected),
            requiredCredits: formatDecimal(minimum),
            remainingCredits: formatDecimal(max(ZERO, subtract(minimum, earned))),
            records,
          };
    if (rt.description !== undefined) result.description = rt.description;
    if (rt.minGpa !== undefined) result.minGpa = formatDecimal(rt.minGpa);
    if (rt.schedulingPriority !== undefined) result.schedulingPriority = rt.schedulingPriority;
    if (rt.suggestedGrade !== undefined) result.suggestedGrade = rt.suggestedGrade;
    if (rt.minCourses !== undefined) {
      result.earnedCourses = f.earnedCourses;
      result.projectedCourses = f.projectedCourses;
      result.requiredCourses = rt.minCourses;
      result.remainingCourses = Math.max(0, rt.minCourses - f.earnedCourses);
    }
    if (pace !== undefined) result.pace = pace;
    return result;
  },

  remaining(r) {
    const figures: RemainingFigures = {};
    if (r.remainingCredits !== undefined) figures.remainingCredits = r.remainingCredits;
    if (r.remainingCourses !== undefined) figures.remainingCourses = r.remainingCourses;
    return figures;
  },

  tree(r, options) {
    const gpa = r.minGpa === undefined ? "" : `, grades ≥ ${r.minGpa}`;
    const credits =
      r.requiredCredits === undefined
        ? `${plural(r.earnedCredits, "credit")} earned, ${r.projectedCredits} with planned courses`
        : `${r.earnedCredits} of ${plural(r.requiredCredits, "credit")} earned, ${r.projectedCredits} with planned courses`;
    const courses =
      r.requiredCourses === undefined ? "" : `; ${r.earnedCourses} of ${r.requiredCourses} course${r.requiredCourses === 1 ? "" : "s"} earned, ${r.projectedCourses} with planned courses`;
    return {
      figures: `${credits}${courses}${gpa}${paceText(r.pace)}`,
      lines: options.records ? r.records.map((record) => recordLine(r, record, options.givenUp)) : [],
    };
  },
};
