import { add, compare, formatDecimal, readDecimal, type Fixed } from "../decimal/index.js";
import type { TestRequirementDefinition } from "../schema/program-schema.js";
import type { PreparedTest } from "../student/prepared.js";
import type { EvaluationScope, PrepareContext } from "./context.js";
import type { ScoreFigures, TestRequirementResult, TestScoreResult } from "./results.js";

export interface TestRuntime {
  kind: "test";
  definition: TestRequirementDefinition;
  criterion: string;
  /** The slot of `testCodes`/`stateCodes` in the program set's test index. */
  slot: number;
  subject: string | undefined;
  minRaw: Fixed | undefined;
  minScale: Fixed | undefined;
}

function optional(value: string | number | undefined): Fixed | undefined {
  return value === undefined ? undefined : (readDecimal(value) as Fixed);
}

export function prepareTest(definition: TestRequirementDefinition, criterion: string, context: PrepareContext): TestRuntime {
  return {
    kind: "test",
    definition,
    criterion,
    slot: context.tests.register(definition.testCodes, definition.stateCodes, context.settings.caseSensitive),
    subject: definition.subject?.toLowerCase(),
    minRaw: optional(definition.minRawScore),
    minScale: optional(definition.minScaleScore),
  };
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
  const required = rt.definition.count ?? 1;
  return { met: passedCodes.size >= required, required, achieved: passedCodes.size, entries };
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

export function evaluateTest(rt: TestRuntime, scope: EvaluationScope): TestRequirementResult {
  const d = rt.definition;
  const matched = scope.scores(rt.slot);
  const scores =
    rt.subject === undefined
      ? matched
      : matched.filter((s) => s.subject !== undefined && s.subject.toLowerCase() === rt.subject);
  let outcome: { met: boolean; achieved: number | ScoreFigures; entries: TestScoreResult[] };
  let required: number | ScoreFigures;
  if (d.scoreEvaluation === "countPassing") {
    const counted = countPassing(rt, scores);
    outcome = counted;
    required = counted.required;
  } else {
    outcome = d.scoreEvaluation === "oneAtOrAbove" ? oneAtOrAbove(rt, scores) : sumAtOrAbove(rt, scores);
    required = {};
    if (rt.minRaw !== undefined) required.rawScore = formatDecimal(rt.minRaw);
    if (rt.minScale !== undefined) required.scaleScore = formatDecimal(rt.minScale);
  }
  const assumed = d.assumePassed === true;
  const result: TestRequirementResult = {
    id: d.id,
    criterion: rt.criterion,
    type: "test",
    status: assumed || outcome.met ? "met" : "offTrack",
    scoreEvaluation: d.scoreEvaluation,
    assumed,
    required,
    achieved: outcome.achieved,
    scores: outcome.entries,
  };
  if (d.description !== undefined) result.description = d.description;
  return result;
}
