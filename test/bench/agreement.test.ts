/*
 * Not timed: the benchmark's evaluators must agree with the engine before their speeds mean
 * anything. For 300 generated students, the engine (a compiled program through evaluateProgress),
 * the hand-written evaluator, both json-logic-js encodings and json-rules-engine give the same
 * program, criterion, requirement and credit-group statuses, and the hand-written evaluator the
 * same figures (course and credit-group credits, GPAs and their attempted credits, codes passed).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress, type CompiledProgram } from "../../src/index.js";
import { benchLines, benchProgram, benchStudents } from "./district.js";
import { figureDiff, gpaDecimals, reportFigures, scaled } from "./figures.js";
import { evaluateHandWritten, handWrittenFigures } from "./hand-written.js";
import { evaluateJsonLogic, evaluateJsonLogicOps } from "./json-logic.js";
import { buildRulesEngine, evaluateRulesEngine } from "./json-rules-engine.js";
import { reportStatuses, statusDiff, type Statuses } from "./statuses.js";

const N = 300;
const students = benchStudents(N, 7);
let compiled: CompiledProgram;
let expected: Statuses[];

beforeAll(() => {
  compiled = compileProgram(benchProgram());
  expected = students.map((s) => reportStatuses(evaluateProgress(compiled, s)));
});

/** Every disagreement, as `student: differences`. */
async function disagreements(evaluate: (s: unknown) => Statuses | Promise<Statuses>): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < N; i++) {
    const diff = statusDiff(expected[i]!, await evaluate(students[i]));
    if (diff.length > 0) out.push(`${String(students[i]!["id"])}: ${diff.join("; ")}`);
  }
  return out;
}

describe("bench district", () => {
  it("is deterministic and typical: 40–60 records, 2–5 tests, every status at program level", () => {
    expect(benchLines(20, 7)).toEqual(benchLines(20, 7));
    expect(benchLines(5, 7)).not.toEqual(benchLines(5, 8));
    for (const s of students) {
      expect((s["transcript"] as unknown[]).length).toBeGreaterThanOrEqual(40);
      expect((s["transcript"] as unknown[]).length).toBeLessThanOrEqual(60);
      expect((s["tests"] as unknown[]).length).toBeGreaterThanOrEqual(2);
      expect((s["tests"] as unknown[]).length).toBeLessThanOrEqual(5);
    }
    const program = new Set(expected.map((e) => e.program));
    expect([...program].sort()).toEqual(["met", "offTrack", "onTrack"]);
    // Every requirement takes more than one status somewhere in the cohort.
    for (const key of Object.keys(expected[0]!.requirements)) {
      expect(new Set(expected.map((e) => e.requirements[key])).size, key).toBeGreaterThan(1);
    }
  });

  it("hand-written agrees with the engine", async () => {
    expect(await disagreements(evaluateHandWritten)).toEqual([]);
  });

  it("hand-written gives the engine's figures: credits, GPAs, attempted credits, codes passed", () => {
    const out: string[] = [];
    let compared = 0;
    for (const s of students) {
      const report = evaluateProgress(compiled, s);
      const theirs = handWrittenFigures(s, gpaDecimals(report));
      compared += theirs.size;
      const diff = figureDiff(reportFigures(report), theirs);
      if (diff.length > 0) out.push(`${String(s["id"])}: ${diff.join("; ")}`);
    }
    expect(out).toEqual([]);
    expect(compared).toBe(N * (20 * 2 + 5 * 2 + 2 * 2 + 1));
  });

  it("the figures are exact decimals, and the comparison notices a difference", () => {
    expect([scaled("3.5", 2), scaled("12", 2), scaled("2.25", 4), scaled("0.005", 2)]).toEqual(["350", "1200", "22500", "0.005 (more than 2 places)"]);
    const report = evaluateProgress(compiled, students[0]);
    const theirs = handWrittenFigures(students[0], gpaDecimals(report));
    theirs.set("creditGroup.TOTAL.earnedCredits", `${theirs.get("creditGroup.TOTAL.earnedCredits")}1`);
    theirs.set("NOPE.X.earnedCredits", "0");
    expect(figureDiff(reportFigures(report), theirs)).toHaveLength(2);
  });

  it("json-logic-js (pure JsonLogic + like) agrees with the engine", async () => {
    expect(await disagreements(evaluateJsonLogic)).toEqual([]);
  });

  it("json-logic-js (custom operations) agrees with the engine", async () => {
    expect(await disagreements(evaluateJsonLogicOps)).toEqual([]);
  });

  it("json-rules-engine agrees with the engine", async () => {
    const engine = buildRulesEngine();
    expect(await disagreements((s) => evaluateRulesEngine(engine, s))).toEqual([]);
  });

  it("the comparison notices a difference", () => {
    const changed = structuredClone(expected[0]!);
    changed.requirements["MATH.ALG1"] = changed.requirements["MATH.ALG1"] === "met" ? "offTrack" : "met";
    expect(statusDiff(expected[0]!, changed)).toHaveLength(1);
  });
});
