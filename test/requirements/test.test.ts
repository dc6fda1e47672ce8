import { describe, expect, it } from "vitest";
import { run, student, test } from "./support.js";

const req = (extra: Record<string, unknown>) => ({ id: "T", type: "test", testCodes: ["SAT%"], ...extra });
const score = (testCode: string, extra: Record<string, unknown> = {}) => ({ testCode, ...extra });
const evalTest = (r: Record<string, unknown>, tests: unknown[], extra: Record<string, unknown> = {}) =>
  test(run([req(r)], student({ tests }), extra), "T");

describe("test requirement: countPassing", () => {
  it("counts distinct passed codes; a passed retake counts once; scores are ignored", () => {
    const t = evalTest({ scoreEvaluation: "countPassing", count: 2 }, [
      score("SAT-M", { passed: true, scaleScore: "1" }),
      score("SAT-M", { passed: true }),
      score("SAT-R", { passed: false, scaleScore: "800" }),
      score("SAT-W"),
      score("ACT", { passed: true }),
    ]);
    expect(t).toMatchObject({ status: "offTrack", scoreEvaluation: "countPassing", assumed: false, required: 2, achieved: 1 });
    expect(t.scores.map((s) => [s.index, s.testCode, s.counted])).toEqual([
      [0, "SAT-M", true],
      [1, "SAT-M", false],
      [2, "SAT-R", false],
      [3, "SAT-W", false],
    ]);
    expect(t.scores[0]!.score).toEqual({ scaleScore: "1" });
  });

  it("is met with count distinct passed codes", () => {
    const t = evalTest({ scoreEvaluation: "countPassing", count: 2 }, [
      score("SAT-M", { passed: false }),
      score("SAT-M", { passed: true }),
      score("SAT-R", { passed: true }),
    ]);
    expect(t).toMatchObject({ status: "met", required: 2, achieved: 2 });
    expect(t.scores.map((s) => s.counted)).toEqual([false, true, true]);
  });

  it("tells test codes apart exactly as written, even when matching ignores case", () => {
    const t = evalTest({ scoreEvaluation: "countPassing", count: 2 }, [
      score("SAT-M", { passed: true }),
      score("sat-m", { passed: true }),
    ]);
    expect(t).toMatchObject({ status: "met", achieved: 2 });
    expect(t.scores.map((s) => s.counted)).toEqual([true, true]);
  });
});

describe("test requirement: oneAtOrAbove", () => {
  it("reports the minimums set and the best single score of each, ≥ meets", () => {
    const t = evalTest({ scoreEvaluation: "oneAtOrAbove", minScaleScore: "65" }, [
      score("SAT1", { scaleScore: "60", rawScore: "99" }),
      score("SAT1", { scaleScore: "65.0" }),
      score("SAT2", { scaleScore: 64 }),
    ]);
    expect(t).toMatchObject({
      status: "met",
      required: { scaleScore: "65" },
      achieved: { scaleScore: "65" },
    });
    expect(t.required).toEqual({ scaleScore: "65" });
    expect(t.achieved).toEqual({ scaleScore: "65" });
    expect(t.scores.map((s) => s.counted)).toEqual([false, true, false]);
    expect(t.scores[0]!.score).toEqual({ rawScore: "99", scaleScore: "60" });
  });

  it("below every minimum is offTrack; passed is ignored", () => {
    const t = evalTest({ scoreEvaluation: "oneAtOrAbove", minRawScore: "40", minScaleScore: "70" }, [
      score("SAT1", { rawScore: "39", scaleScore: "69", passed: true }),
      score("SAT2", { rawScore: "20" }),
    ]);
    expect(t).toMatchObject({ status: "offTrack" });
    expect(t.required).toEqual({ rawScore: "40", scaleScore: "70" });
    expect(t.achieved).toEqual({ rawScore: "39", scaleScore: "69" });
    expect(t.scores.map((s) => s.counted)).toEqual([false, false]);
  });

  it("with both minimums either one suffices", () => {
    const t = evalTest({ scoreEvaluation: "oneAtOrAbove", minRawScore: "40", minScaleScore: "70" }, [
      score("SAT1", { rawScore: "41", scaleScore: "10" }),
    ]);
    expect(t.status).toBe("met");
  });

  it("achieved leaves out a figure with no score, and holds only the minimums set", () => {
    const none = evalTest({ scoreEvaluation: "oneAtOrAbove", minRawScore: "40", minScaleScore: "70" }, []);
    expect(none).toMatchObject({ status: "offTrack", scores: [] });
    expect(none.achieved).toEqual({});
    const rawOnly = evalTest({ scoreEvaluation: "oneAtOrAbove", minRawScore: "40", minScaleScore: "70" }, [
      score("SAT1", { rawScore: "12" }),
    ]);
    expect(rawOnly.achieved).toEqual({ rawScore: "12" });
    const scaleUnset = evalTest({ scoreEvaluation: "oneAtOrAbove", minRawScore: "40" }, [score("SAT1", { rawScore: "12", scaleScore: "99" })]);
    expect(scaleUnset.achieved).toEqual({ rawScore: "12" });
    expect(scaleUnset.required).toEqual({ rawScore: "40" });
  });
});

describe("test requirement: sumAtOrAbove", () => {
  it("sums each code's best score once (retakes are not added)", () => {
    const t = evalTest({ scoreEvaluation: "sumAtOrAbove", minScaleScore: "150" }, [
      score("SAT-M", { scaleScore: "70" }),
      score("SAT-M", { scaleScore: "75" }),
      score("SAT-R", { scaleScore: "74" }),
    ]);
    expect(t).toMatchObject({ status: "offTrack" });
    expect(t.required).toEqual({ scaleScore: "150" });
    expect(t.achieved).toEqual({ scaleScore: "149" });
    expect(t.scores.map((s) => s.counted)).toEqual([false, true, true]);
    const met = evalTest({ scoreEvaluation: "sumAtOrAbove", minScaleScore: "149" }, [
      score("SAT-M", { scaleScore: "70" }),
      score("SAT-M", { scaleScore: "75" }),
      score("SAT-R", { scaleScore: "74" }),
    ]);
    expect(met.status).toBe("met");
  });

  it("takes best raw and best scale separately per code; either sum suffices", () => {
    const tests = [
      score("SAT-M", { rawScore: "30", scaleScore: "50" }),
      score("SAT-M", { rawScore: "20", scaleScore: "60" }),
      score("SAT-R", { rawScore: "25" }),
    ];
    const t = evalTest({ scoreEvaluation: "sumAtOrAbove", minRawScore: "55", minScaleScore: "100" }, tests);
    expect(t.achieved).toEqual({ rawScore: "55", scaleScore: "60" });
    expect(t.required).toEqual({ rawScore: "55", scaleScore: "100" });
    expect(t.status).toBe("met");
    expect(t.scores.map((s) => s.counted)).toEqual([true, true, true]);
    const u = evalTest({ scoreEvaluation: "sumAtOrAbove", minRawScore: "56", minScaleScore: "61" }, tests);
    expect(u.status).toBe("offTrack");
  });

  it("tells codes apart exactly as written", () => {
    const t = evalTest({ scoreEvaluation: "sumAtOrAbove", minRawScore: "20" }, [
      score("SAT-M", { rawScore: "10" }),
      score("sat-m", { rawScore: "10" }),
    ]);
    expect(t.achieved).toEqual({ rawScore: "20" });
    expect(t.status).toBe("met");
  });

  it("achieved is empty when no score carries the figure", () => {
    const t = evalTest({ scoreEvaluation: "sumAtOrAbove", minRawScore: "20" }, [score("SAT-M", { scaleScore: "100" })]);
    expect(t.achieved).toEqual({});
    expect(t.status).toBe("offTrack");
    expect(t.scores.map((s) => s.counted)).toEqual([false]);
  });

  it("adds exactly (no floating point)", () => {
    const t = evalTest({ scoreEvaluation: "sumAtOrAbove", minRawScore: "0.3" }, [
      score("SAT-1", { rawScore: 0.1 }),
      score("SAT-2", { rawScore: "0.2" }),
    ]);
    expect(t.achieved).toEqual({ rawScore: "0.3" });
    expect(t.status).toBe("met");
  });
});

describe("test requirement: matching and assumePassed", () => {
  it("subject must equal ignoring case when set; a score without subject never matches", () => {
    const t = evalTest({ scoreEvaluation: "countPassing", count: 1, subject: "Math" }, [
      score("SAT-R", { passed: true, subject: "Reading" }),
      score("SAT-N", { passed: true }),
      score("SAT-M", { passed: true, subject: "MATH" }),
    ]);
    expect(t.scores.map((s) => s.testCode)).toEqual(["SAT-M"]);
    expect(t).toMatchObject({ status: "met", achieved: 1 });
  });

  it("subject is not a pattern and is not trimmed", () => {
    const t = evalTest({ scoreEvaluation: "countPassing", count: 1, subject: "Ma%" }, [
      score("SAT-M", { passed: true, subject: "Math" }),
      score("SAT-M", { passed: true, subject: "ma% " }),
    ]);
    expect(t.scores).toEqual([]);
  });

  it("matches by state code and applies exclusions in either list", () => {
    const t = evalTest({ scoreEvaluation: "countPassing", count: 1, testCodes: ["!SAT-X"], stateCodes: ["ST%", "!ST9"] }, [
      score("A", { stateCode: "ST1", passed: true }),
      score("SAT-X", { stateCode: "ST2", passed: true }),
      score("B", { stateCode: "ST9", passed: true }),
      score("C", { passed: true }),
    ]);
    expect(t.scores.map((s) => s.testCode)).toEqual(["A"]);
  });

  it("a list of exclusions alone matches nothing", () => {
    const t = evalTest({ scoreEvaluation: "countPassing", count: 1, testCodes: ["!SAT-X"] }, [score("SAT-M", { passed: true })]);
    expect(t).toMatchObject({ status: "offTrack", scores: [], achieved: 0 });
  });

  it("assumePassed is met, reported assumed, and achieved is still computed", () => {
    const t = evalTest({ scoreEvaluation: "oneAtOrAbove", minScaleScore: "65", assumePassed: true }, [score("SAT1", { scaleScore: "10" })]);
    expect(t).toMatchObject({ status: "met", assumed: true });
    expect(t.achieved).toEqual({ scaleScore: "10" });
    expect(t.required).toEqual({ scaleScore: "65" });
    expect(t.scores.map((s) => s.counted)).toEqual([false]);
    const c = evalTest({ scoreEvaluation: "countPassing", count: 3, assumePassed: true }, [score("SAT1", { passed: true })]);
    expect(c).toMatchObject({ status: "met", assumed: true, required: 3, achieved: 1 });
  });

  it("assumePassed false is the same as absent", () => {
    const t = evalTest({ scoreEvaluation: "countPassing", count: 1, assumePassed: false }, []);
    expect(t).toMatchObject({ status: "offTrack", assumed: false, achieved: 0, required: 1 });
  });

  it("carries the score's date and passed into the scores list", () => {
    const t = evalTest({ scoreEvaluation: "oneAtOrAbove", minRawScore: "1" }, [
      score("SAT1", { rawScore: "1", date: "2025-06-15", passed: false }),
    ]);
    expect(t.scores).toEqual([
      { index: 0, testCode: "SAT1", date: "2025-06-15", passed: false, score: { rawScore: "1" }, counted: true },
    ]);
  });
});
