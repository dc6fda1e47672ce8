import { add, compare, formatDecimal, type Fixed } from "../decimal/index.js";
import { SCORE_EVALUATIONS, type ScoreEvaluation, type Status } from "../model/vocabulary.js";
import { boolean, decimal, integer, list, oneOf, optional, text } from "../shape/types.js";
import type { PreparedTest } from "../student/prepared.js";
import { checkPatterns } from "./checks.js";
import { kindShape, type KindModule, type RequirementResultBase } from "./kind.js";

/*
 * Test requirement (DESIGN.md §4): matching test scores judged by `scoreEvaluation` — a count of
 * distinct passed tests, one score at or above a minimum, the sum of each test's best score, or
 * (§11) a count of distinct tests with a score at or above a minimum.
 */

const shape = kindShape("test", {
  testCodes: optional(list(text())),
  stateCodes: optional(list(text())),
  subject: optional(text()),
  scoreEvaluation: oneOf(SCORE_EVALUATIONS),
  minRawScore: optional(decimal()),
  minScaleScore: optional(decimal()),
  assumePassed: optional(boolean()),
  count: optional(integer()),
  dueGrade: optional(integer()),
});

/** Raw and scale score figures; a field is present only when it applies. */
export interface ScoreFigures {
  rawScore?: string;
  scaleScore?: string;
}

/** A test score that a test requirement matched. */
export interface TestScoreResult {
  /** Position in the student's `tests`. */
  index: number;
  testCode: string;
  date?: string;
  score: ScoreFigures;
  passed?: boolean;
  /** The score contributes to `achieved`. */
  counted: boolean;
}

/** A test requirement: what it needs and what the student achieved. */
export interface TestRequirementResult extends RequirementResultBase {
  type: "test";
  scoreEvaluation: ScoreEvaluation;
  assumed: boolean;
  /** Count modes: the number of distinct codes needed; score modes: the minimums set. */
  required: number | ScoreFigures;
  /** Count modes: distinct codes passed (or at or above a minimum); score modes: best single score or sum of per-code bests. */
  achieved: number | ScoreFigures;
  scores: TestScoreResult[];
  /** How many matching planned entries (registrations) there are; present when there is one (§9). */
  planned?: number;
  /** The grade by whose end the test is due, when the definition sets one (§9). */
  dueGrade?: number;
}

export interface TestRuntime {
  id: string;
  criterion: string;
  description: string | undefined;
  mode: ScoreEvaluation;
  /** The slot of `testCodes`/`stateCodes` in the program set's test index. */
  slot: number;
  subject: string | undefined;
  minRaw: Fixed | undefined;
  minScale: Fixed | undefined;
  count: number;
  assumed: boolean;
  dueGrade: number | undefined;
}

function atLeast(value: Fixed | undefined, minimum: Fixed | undefined): boolean {
  return value !== undefined && minimum !== undefined && compare(value, minimum) >= 0;
}

function better(best: Fixed | undefined, value: Fixed | undefined): Fixed | undefined {
  if (value === undefined) return best;
  return best === undefined || compare(value, best) > 0 ? value : best;
}

function figures(raw: Fixed | undefined, scale: Fixed | undefined, rt: TestRuntime): ScoreFigures {
  const out: ScoreFigures = {};
  if (rt.minRaw !== undefined && raw !== undefined) out.rawScore = formatDecimal(raw);
  if (rt.minScale !== undefined && scale !== undefined) out.scaleScore = formatDecimal(scale);
  return out;
}

function scoreEntry(score: PreparedTest, counted: boolean): TestScoreResult {
  const figures: ScoreFigures = {};
  if (score.rawScore !== undefined) figures.rawScore = formatDecimal(score.rawScore);
  if (score.scaleScore !== undefined) figures.scaleScore = formatDecimal(score.scaleScore);
  const entry: TestScoreResult = { index: score.index, testCode: score.testCode, score: figures, counted };
  if (score.date !== undefined) entry.date = score.date;
  if (score.passed !== undefined) entry.passed = score.passed;
  return entry;
}

/** Counts distinct test codes (exactly as written) with a passed matching score. */
function countPassing(rt: TestRuntime, scores: readonly PreparedTest[]) {
  const passedCodes = new Set<string>();
  const entries = scores.map((s) => {
    const counted = s.passed === true && !passedCodes.has(s.testCode);
    if (counted) passedCodes.add(s.testCode);
    return scoreEntry(s, counted);
  });
  const required = rt.count;
  return { met: passedCodes.size >= required, required, achieved: passedCodes.size, entries, codes: passedCodes };
}

/** Counts distinct test codes with a matching score at or above a minimum; each code's first such score counts. */
function countAtOrAbove(rt: TestRuntime, scores: readonly PreparedTest[]) {
  const reached = new Set<string>();
  const entries = scores.map((s) => {
    const counted = !reached.has(s.testCode) && (atLeast(s.rawScore, rt.minRaw) || atLeast(s.scaleScore, rt.minScale));
    if (counted) reached.add(s.testCode);
    return scoreEntry(s, counted);
  });
  const required = rt.count;
  return { met: reached.size >= required, required, achieved: reached.size, entries, codes: reached };
}

const countsCodes = (mode: ScoreEvaluation) => mode === "countPassing" || mode === "countAtOrAbove";

/** Distinct codes of the planned entries not among `done`: what registrations may still add (§9 (a), A-9.3). */
function plannedCodes(planned: readonly PreparedTest[], done: ReadonlySet<string>): number {
  if (planned.length === 0) return 0;
  const codes = new Set<string>();
  for (const entry of planned) if (!done.has(entry.testCode)) codes.add(entry.testCode);
  return codes.size;
}

/** A test that is not met is on track by a registration (rule (a)) or because it is not due yet (rule (b)). */
function timeStatus(rt: TestRuntime, gradeLevel: number | undefined, planned: readonly PreparedTest[], passedCodes: ReadonlySet<string> | undefined): Status {
  const byPlan = passedCodes === undefined ? planned.length > 0 : passedCodes.size + plannedCodes(planned, passedCodes) >= rt.count;
  const notDue = rt.dueGrade !== undefined && gradeLevel !== undefined && gradeLevel <= rt.dueGrade;
  return byPlan || notDue ? "onTrack" : "offTrack";
}

/** Some single matching score reaches a minimum; `achieved` holds the best single scores. */
function oneAtOrAbove(rt: TestRuntime, scores: readonly PreparedTest[]) {
  let bestRaw: Fixed | undefined;
  let bestScale: Fixed | undefined;
  let met = false;
  const entries = scores.map((s) => {
    bestRaw = better(bestRaw, s.rawScore);
    bestScale = better(bestScale, s.scaleScore);
    const counted = atLeast(s.rawScore, rt.minRaw) || atLeast(s.scaleScore, rt.minScale);
    met ||= counted;
    return scoreEntry(s, counted);
  });
  return { met, achieved: figures(bestRaw, bestScale, rt), entries };
}

/** Each distinct code's best raw (and, apart, best scale) score, summed over the codes. */
function sumAtOrAbove(rt: TestRuntime, scores: readonly PreparedTest[]) {
  const bestRaw = new Map<string, PreparedTest>();
  const bestScale = new Map<string, PreparedTest>();
  for (const s of scores) {
    const raw = bestRaw.get(s.testCode);
    if (s.rawScore !== undefined && (raw === undefined || compare(s.rawScore, raw.rawScore!) > 0)) bestRaw.set(s.testCode, s);
    const scale = bestScale.get(s.testCode);
    if (s.scaleScore !== undefined && (scale === undefined || compare(s.scaleScore, scale.scaleScore!) > 0)) {
      bestScale.set(s.testCode, s);
    }
  }
  const sum = (best: Map<string, PreparedTest>, pick: (s: PreparedTest) => Fixed): Fixed | undefined => {
    let total: Fixed | undefined;
    for (const s of best.values()) total = total === undefined ? pick(s) : add(total, pick(s));
    return total;
  };
  const rawSum = rt.minRaw === undefined ? undefined : sum(bestRaw, (s) => s.rawScore!);
  const scaleSum = rt.minScale === undefined ? undefined : sum(bestScale, (s) => s.scaleScore!);
  const contributing = new Set<PreparedTest>();
  if (rt.minRaw !== undefined) for (const s of bestRaw.values()) contributing.add(s);
  if (rt.minScale !== undefined) for (const s of bestScale.values()) contributing.add(s);
  return {
    met: atLeast(rawSum, rt.minRaw) || atLeast(scaleSum, rt.minScale),
    achieved: figures(rawSum, scaleSum, rt),
    entries: scores.map((s) => scoreEntry(s, contributing.has(s))),
  };
}

/** The entries of the requirement's subject, when it names one (compared ignoring case). */
function ofSubject(rt: TestRuntime, entries: readonly PreparedTest[]): readonly PreparedTest[] {
  if (rt.subject === undefined || entries.length === 0) return entries;
  return entries.filter((s) => s.subject !== undefined && s.subject.toLowerCase() === rt.subject);
}

export const test: KindModule<typeof shape, TestRuntime, TestRequirementResult> = {
  shape,

  validate(d, path, { issues }) {
    if ((d.testCodes?.length ?? 0) + (d.stateCodes?.length ?? 0) === 0) {
      issues.add(path, "noPatterns", "a test requirement needs at least one entry in testCodes or stateCodes");
    }
    checkPatterns(issues, d.testCodes, [...path, "testCodes"]);
    checkPatterns(issues, d.stateCodes, [...path, "stateCodes"]);
    const mode = d.scoreEvaluation;
    if (mode === "countPassing") {
      if (d.count === undefined) {
        issues.add([...path, "count"], "required", "countPassing needs count: how many distinct tests must be passed");
      } else if (d.count < 1) {
        issues.add([...path, "count"], "tooSmall", `must be at least 1, but is ${d.count}`);
      }
      for (const key of ["minRawScore", "minScaleScore"] as const) {
        if (d[key] !== undefined) {
          issues.add([...path, key], "notAllowed", `countPassing counts passed tests and ignores scores, so ${key} is not allowed`);
        }
      }
    } else {
      if (d.minRawScore === undefined && d.minScaleScore === undefined) {
        issues.add(path, "noMinimum", `${mode} needs minRawScore or minScaleScore (or both)`);
      }
      if (mode === "countAtOrAbove") {
        if (d.count === undefined) {
          issues.add([...path, "count"], "required", "countAtOrAbove needs count: how many distinct tests must reach a minimum");
        } else if (d.count < 1) {
          issues.add([...path, "count"], "tooSmall", `must be at least 1, but is ${d.count}`);
        }
      } else if (d.count !== undefined) {
        issues.add([...path, "count"], "notAllowed", `count belongs to countPassing and countAtOrAbove; ${mode} compares scores with the minimums`);
      }
    }
  },

  load(d, context) {
    return {
      id: d.id,
      criterion: context.criterion,
      description: d.description,
      mode: d.scoreEvaluation,
      slot: context.tests.register(d.testCodes, d.stateCodes, context.settings.caseSensitive),
      subject: d.subject?.toLowerCase(),
      minRaw: d.minRawScore,
      minScale: d.minScaleScore,
      count: d.count ?? 1,
      assumed: d.assumePassed === true,
      dueGrade: d.dueGrade,
    };
  },

  evaluate(rt, scope) {
    const scores = ofSubject(rt, scope.scores(rt.slot));
    const planned = ofSubject(rt, scope.plannedScores(rt.slot));
    let outcome: { met: boolean; achieved: number | ScoreFigures; entries: TestScoreResult[] };
    let required: number | ScoreFigures;
    let passedCodes: ReadonlySet<string> | undefined;
    if (countsCodes(rt.mode)) {
      const counted = rt.mode === "countPassing" ? countPassing(rt, scores) : countAtOrAbove(rt, scores);
      outcome = counted;
      required = counted.required;
      passedCodes = counted.codes;
    } else {
      outcome = rt.mode === "oneAtOrAbove" ? oneAtOrAbove(rt, scores) : sumAtOrAbove(rt, scores);
      required = {};
      if (rt.minRaw !== undefined) required.rawScore = formatDecimal(rt.minRaw);
      if (rt.minScale !== undefined) required.scaleScore = formatDecimal(rt.minScale);
    }
    // A compact report has no scores.
    const result = {
      id: rt.id,
      criterion: rt.criterion,
      type: "test",
      status: rt.assumed || outcome.met ? "met" : timeStatus(rt, scope.student.gradeLevel, planned, passedCodes),
      scoreEvaluation: rt.mode,
      assumed: rt.assumed,
      required,
      achieved: outcome.achieved,
    } as TestRequirementResult;
    if (!scope.compact) {
      result.scores = outcome.entries;
      if (rt.description !== undefined) result.description = rt.description;
    }
    if (planned.length > 0) result.planned = planned.length;
    if (rt.dueGrade !== undefined) result.dueGrade = rt.dueGrade;
    return result;
  },

  remaining(r, entry) {
    if (typeof r.required === "number" && typeof r.achieved === "number") entry.tests = { required: r.required, achieved: r.achieved };
  },
};
