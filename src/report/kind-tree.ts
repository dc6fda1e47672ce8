import type { RecordStatus, Status } from "../model/vocabulary.js";
import type {
  ActivityRequirementResult,
  ChildRequirementResult,
  CourseRecordResult,
  CourseRequirementResult,
  GpaRequirementResult,
  NotCountedReason,
  Owner,
  PaceResult,
  ProgramRequirementResult,
  RequirementType,
  ScoreFigures,
  TestRequirementResult,
} from "../requirements/index.js";
import type { CriterionResult, RequirementResult } from "./types.js";

/*
 * How the tree printer words each requirement kind's result: the figures on its line and the
 * lines under it. This is presentation, so it sits with the printer and not in the kind files:
 * the runtime entry evaluates and never prints, and would otherwise carry every kind's wording
 * (1.2 KB gzipped). `KIND_TREES` is typed over every requirement type, so a kind added to the
 * registry does not compile until it is worded here too.
 */

/** One line under a requirement, marked by its status. */
export interface TreeLine {
  status: Status;
  text: string;
}

/** How the tree printer shows a result: its figures, the lines under it, a linked criterion. */
export interface TreeParts {
  figures: string;
  lines: TreeLine[];
  linked?: CriterionResult;
}

export interface KindTreeOptions {
  /** List the transcript records under course requirements. */
  records: boolean;
  /** Exclusive allocation: for a record (by transcript index), each requirement that lists it as used by another (`by`). */
  givenUp: ReadonlyMap<number, readonly { from: Owner; by: Owner }[]>;
}

type Printers = { [K in RequirementType]: (result: Extract<RequirementResult, { type: K }>, options: KindTreeOptions) => TreeParts };

export const plural = (n: string, word: string) => `${n} ${word}${n === "1" ? "" : "s"}`;

/** How the tree printer words a pace: "; on pace: 6 of 6 expected by end of grade 10" (or "behind pace"). */
export function paceText(pace: PaceResult | undefined): string {
  if (pace === undefined) return "";
  return `; ${pace.onPace ? "on pace" : "behind pace"}: ${pace.actual} of ${pace.expected} expected by end of grade ${pace.grade}`;
}

const STATE: Record<RecordStatus, string> = { completed: "", inProgress: " (in progress)", planned: " (planned)" };

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

function recordLine(r: CourseRequirementResult, record: CourseRecordResult, givenUp: KindTreeOptions["givenUp"]): TreeLine {
  // A completed record that earned nothing (a failed course) adds nothing: no success mark for it.
  const none = record.status === "completed" && record.credits === "0";
  const status: Status = record.counted && !none ? (record.status === "completed" ? "met" : "onTrack") : "offTrack";
  const by = record.usedBy === undefined ? "" : ` (${record.usedBy.criterion}/${record.usedBy.requirement})`;
  // Where else a counted record could have gone: the requirements that list it as used here.
  const others = record.counted ? givenUp.get(record.index)?.filter((g) => g.by.criterion === r.criterion && g.by.requirement === r.id) : undefined;
  const also = others === undefined || others.length === 0 ? "" : ` — could also have counted for ${others.map((g) => `${g.from.criterion}/${g.from.requirement}`).join(", ")}`;
  const why =
    record.reason === undefined ? (record.capped === true ? " — capped" : none ? " — earned no credit" : "") + also : ` — not counted: ${REASON[record.reason]}${by}`;
  return { status, text: `${record.courseNumber}${STATE[record.status]} ${plural(record.credits, "credit")}${why}` };
}

function course(r: CourseRequirementResult, options: KindTreeOptions): TreeParts {
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
}

function scoreText(figures: ScoreFigures): string {
  const parts = [];
  if (figures.rawScore !== undefined) parts.push(`raw ${figures.rawScore}`);
  if (figures.scaleScore !== undefined) parts.push(`scale ${figures.scaleScore}`);
  return parts.length === 0 ? "no score" : parts.join(", ");
}

function test(r: TestRequirementResult): TreeParts {
  let figures: string;
  if (r.assumed) figures = "assumed passed";
  else if (r.scoreEvaluation === "countPassing") figures = `${r.achieved as number} of ${r.required as number} distinct tests passed`;
  else if (r.scoreEvaluation === "countAtOrAbove") figures = `${r.achieved as number} of ${r.required as number} distinct tests at or above the minimum`;
  else {
    const what = r.scoreEvaluation === "sumAtOrAbove" ? "sum of best scores" : "best score";
    figures = `${what}: ${scoreText(r.achieved as ScoreFigures)} (needs ${scoreText(r.required as ScoreFigures)})`;
  }
  if (r.planned !== undefined) figures += `, ${r.planned} registration${r.planned === 1 ? "" : "s"} planned`;
  if (r.dueGrade !== undefined) figures += `, due by grade ${r.dueGrade}`;
  return { figures, lines: [] };
}

function gpa(r: GpaRequirementResult): TreeParts {
  const value = r.gpa === undefined ? (r.status === "onTrack" ? "no GPA yet (courses under way)" : "no GPA") : `GPA ${r.gpa}${r.source === "stored" ? " (stored)" : ""}`;
  const per = r.minGpaPerCourseCredit === undefined ? "" : `, every course ≥ ${r.minGpaPerCourseCredit}`;
  return {
    figures: `${value}, needs ${r.requiredGpa}${per} (${r.calculation} ${r.calculationType}, ${r.rounding} to ${r.decimals} places)`,
    lines: r.belowMinimum.map((b) => ({
      status: "offTrack",
      text: `${b.courseNumber}: ${b.points} points is below ${r.minGpaPerCourseCredit}`,
    })),
  };
}

function program(r: ProgramRequirementResult): TreeParts {
  const names = (ids: string[]) => (ids.length === 0 ? "none" : ids.join(", "));
  return {
    figures: `${r.completed.length} of ${r.minRequired} programs completed: ${names(r.completed)}; on track: ${names(r.onTrack)}; not assigned: ${names(r.notAssigned)}`,
    lines: [],
  };
}

const child = (r: ChildRequirementResult): TreeParts => ({ figures: `takes criterion ${r.result.id}`, lines: [], linked: r.result });

function activity(r: ActivityRequirementResult, options: KindTreeOptions): TreeParts {
  const count = r.requiredCount === undefined ? "" : `; ${r.earnedCount} of ${r.requiredCount} activities done, ${r.projectedCount} with planned ones`;
  return {
    figures: `${r.earnedTotal} of ${r.requiredTotal} earned, ${r.projectedTotal} with planned activities${count}${paceText(r.pace)}`,
    lines: options.records
      ? r.activities.map((a) => {
          const status: Status = a.status === "completed" ? "met" : "onTrack";
          return { status, text: `${a.code}${STATE[a.status]} ${a.amount}` };
        })
      : [],
  };
}

const KIND_TREES: Printers = { course, test, gpa, program, child, activity };

/** A requirement result as the tree printer shows it, worded by its kind. */
export function kindTree(r: RequirementResult, options: KindTreeOptions): TreeParts {
  return (KIND_TREES[r.type] as (result: RequirementResult, options: KindTreeOptions) => TreeParts)(r, options);
}
