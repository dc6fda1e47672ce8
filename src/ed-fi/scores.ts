import { compare, formatDecimal, sign, type Fixed } from "../decimal/fixed.js";
import type { TestScore } from "../schema/student-schema.js";
import type { Context } from "./context.js";
import { readScore } from "./decimals.js";
import { codeOf, isIn } from "./descriptors.js";
import type { Assessment } from "./resource-schemas.js";
import type { ScoreMethods } from "./settings.js";
import { quote, warn, type Source } from "./warnings.js";

/*
 * Score results are text in Ed-Fi (`result`, up to 35 characters): each is read as a §2 decimal
 * or skipped. Which reporting method gives the raw and which the scale score is the district's
 * call, per assessment when labels cannot be trusted (SAT section scores arrive as "Raw score").
 */

export interface ScoreInput {
  scoreResults: readonly { result: string; assessmentReportingMethodDescriptor: string }[];
  performanceLevels: readonly { performanceLevelDescriptor: string }[];
  scoresField: string;
  levelsField: string;
}

const METHOD = "AssessmentReportingMethodDescriptor";

function rangeOf(assessment: Assessment | undefined, method: string): { min?: Fixed; max?: Fixed } | undefined {
  const range = assessment?.scores?.find((s) => s.assessmentReportingMethodDescriptor === method);
  if (range === undefined) return undefined;
  const out: { min?: Fixed; max?: Fixed } = {};
  const min = range.minimumScore === undefined ? undefined : readScore(range.minimumScore);
  const max = range.maximumScore === undefined ? undefined : readScore(range.maximumScore);
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  return out;
}

/** Sets `rawScore` / `scaleScore` on the test; returns every numeric result by method, for cut scores. */
export function readScores(ctx: Context, test: TestScore, input: ScoreInput, methods: ScoreMethods, assessment: Assessment | undefined, source: Source): Map<string, Fixed> {
  const { warnings } = ctx;
  const numbers = new Map<string, Fixed>();
  input.scoreResults.forEach((score, i) => {
    const field = `${input.scoresField}.${i}.result`;
    const method = score.assessmentReportingMethodDescriptor;
    const value = readScore(score.result);
    if (value !== undefined && !numbers.has(method)) numbers.set(method, value);
    if (isIn(warnings, methods.ignore, method, METHOD, source, field)) return;
    const slot = isIn(warnings, methods.raw, method, METHOD, source, field) ? "rawScore" : isIn(warnings, methods.scale, method, METHOD, source, field) ? "scaleScore" : undefined;
    if (slot === undefined) {
      warn(warnings, "scoreNotMapped", `the ${quote(codeOf(method))} result ${quote(score.result)} is neither a raw nor a scale score (options.scores): it was left out`, source, field);
      return;
    }
    if (value === undefined) {
      warn(warnings, "scoreNotNumeric", `the ${quote(codeOf(method))} result ${quote(score.result)} is not a number: it was left out`, source, field);
      return;
    }
    if (test[slot] !== undefined) {
      warn(warnings, "severalScores", `a second ${slot === "rawScore" ? "raw" : "scale"} score (${quote(codeOf(method))} ${quote(score.result)}): the first, ${test[slot]}, was kept`, source, field);
      return;
    }
    test[slot] = formatDecimal(value);
    const range = rangeOf(assessment, method);
    if (slot === "rawScore" && range?.min !== undefined && sign(range.min) > 0) {
      warn(warnings, "suspectRawScore", `the assessment's ${quote(codeOf(method))} starts at ${formatDecimal(range.min)}, which a raw score (a count of points) does not: it may be a scale score labelled raw; it was kept as the raw score (options.scores.byAssessment can read it as the scale score)`, source, field);
    }
    if (range !== undefined && ((range.min !== undefined && compare(value, range.min) < 0) || (range.max !== undefined && compare(value, range.max) > 0))) {
      warn(warnings, "scoreOutOfRange", `the ${quote(codeOf(method))} result ${formatDecimal(value)} is outside the assessment's range (${range.min === undefined ? "…" : formatDecimal(range.min)} to ${range.max === undefined ? "…" : formatDecimal(range.max)}): kept as given`, source, field);
    }
  });
  return numbers;
}

/**
 * `passed`: true when a performance level is in the pass set, false when in the fail set; without
 * a level, from the assessment's cut scores for the pass levels; otherwise left out.
 */
export function readPassed(ctx: Context, input: ScoreInput, numbers: ReadonlyMap<string, Fixed>, assessment: Assessment | undefined, source: Source): boolean | undefined {
  const { settings, warnings } = ctx;
  let pass = false;
  let fail = false;
  input.performanceLevels.forEach((level, i) => {
    const field = `${input.levelsField}.${i}.performanceLevelDescriptor`;
    const value = level.performanceLevelDescriptor;
    if (isIn(warnings, settings.passLevels, value, "PerformanceLevelDescriptor", source, field)) pass = true;
    else if (isIn(warnings, settings.failLevels, value, "PerformanceLevelDescriptor", source, field)) fail = true;
    else warn(warnings, "unknownPerformanceLevel", `the performance level ${quote(value)} is in neither options.performanceLevels.pass nor .fail`, source, field);
  });
  if (pass && fail) {
    warn(warnings, "conflictingPerformanceLevels", "the performance levels say both passed and not passed: passed was left out", source, input.levelsField);
    return undefined;
  }
  if (pass || fail) return pass;
  return fromCutScores(ctx, input, numbers, assessment, source);
}

function fromCutScores(ctx: Context, input: ScoreInput, numbers: ReadonlyMap<string, Fixed>, assessment: Assessment | undefined, source: Source): boolean | undefined {
  const { settings, warnings } = ctx;
  let decided: { passed: boolean; text: string } | undefined;
  for (const cut of assessment?.performanceLevels ?? []) {
    if (!settings.passLevels.has(cut.performanceLevelDescriptor) || cut.minimumScore === undefined) continue;
    const min = readScore(cut.minimumScore);
    const score = numbers.get(cut.assessmentReportingMethodDescriptor);
    if (min === undefined || score === undefined) continue;
    const max = cut.maximumScore === undefined ? undefined : readScore(cut.maximumScore);
    const passed = compare(score, min) >= 0 && (max === undefined || compare(score, max) <= 0);
    const text = `${codeOf(cut.assessmentReportingMethodDescriptor)} ${formatDecimal(score)} against the cut score ${formatDecimal(min)} for ${quote(codeOf(cut.performanceLevelDescriptor))}`;
    if (decided === undefined || (passed && !decided.passed)) decided = { passed, text };
  }
  if (decided === undefined) return undefined;
  warn(warnings, "passedFromCutScore", `no performance level was reported: passed is ${decided.passed} from the ${decided.text}`, source, input.levelsField);
  return decided.passed;
}
