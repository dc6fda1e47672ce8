import { describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress, formatReportTree, loadCompiledProgram, type ActivityRequirementResult } from "../../src/index.js";
import { evaluateProgress as evaluateAtRuntime } from "../../src/runtime.js";
import { issuesOf, programWith } from "../helpers.js";
import { requirement, run, student, type Json } from "./support.js";

const service = (extra: Json = {}): Json => ({ id: "SVC", type: "activity", codes: ["SERV%", "!SERV-PAID"], minTotal: "40", ...extra });
const act = (code: string, amount: string | number, extra: Json = {}): Json => ({ code, amount, ...extra });
const activityOf = (report: ReturnType<typeof run>) => requirement(report, "SVC") as ActivityRequirementResult;

describe("activity requirement (DESIGN.md §12)", () => {
  it("sums completed matching amounts for met, in-progress and planned ones for onTrack", () => {
    const s = (activities: Json[]) => student({ activities });
    expect(activityOf(run([service()], s([act("SERV-FOOD", "25"), act("serv-park", 15.5)])))).toMatchObject({
      status: "met",
      earnedTotal: "40.5",
      projectedTotal: "40.5",
      requiredTotal: "40",
      remainingTotal: "0",
    });
    const pending = activityOf(run([service()], s([act("SERV-FOOD", "25"), act("SERV-PARK", "15", { status: "planned" })])));
    expect(pending).toMatchObject({ status: "onTrack", earnedTotal: "25", projectedTotal: "40", remainingTotal: "15" });
    expect(activityOf(run([service()], s([act("SERV-FOOD", "25")]))).status).toBe("offTrack");
  });

  it("matches by the pattern-list rule: exclusions win, other codes are not listed", () => {
    const r = activityOf(run([service()], student({ activities: [act("SERV-PAID", "50"), act("WBL-1", "100"), act("SERV-1", "2")] })));
    expect(r.activities).toEqual([{ index: 2, code: "SERV-1", status: "completed", amount: "2", counted: true }]);
    expect(r.earnedTotal).toBe("2");
  });

  it("minCount counts matching records whatever their amount", () => {
    const portfolio = service({ id: "SVC", codes: ["PORT%"], minTotal: "0", minCount: 3 });
    const three = [act("PORT-1", 0), act("PORT-2", 0), act("PORT-3", 0, { status: "inProgress" })];
    const r = activityOf(run([portfolio], student({ activities: three })));
    expect(r).toMatchObject({ status: "onTrack", earnedCount: 2, projectedCount: 3, requiredCount: 3 });
    expect(activityOf(run([portfolio], student({ activities: [...three, act("PORT-4", 1)] }))).status).toBe("met");
    expect(activityOf(run([service()], student())).earnedCount).toBeUndefined();
  });

  it("puts the four totals before the list and the counts after it", () => {
    const r = activityOf(run([service({ minCount: 1, description: "Community service" })], student({ activities: [act("SERV-1", 1)] })));
    expect(Object.keys(r)).toEqual([
      "id", "criterion", "type", "status", "earnedTotal", "projectedTotal", "requiredTotal", "remainingTotal",
      "activities", "earnedCount", "projectedCount", "requiredCount", "description",
    ]);
  });

  it("is validated: codes, minTotal ≥ 0, minCount ≥ 1, unknown keys", () => {
    expect(issuesOf(() => compileProgram(programWith([service({ codes: [] })])))).toEqual([["criteria.0.requirements.0.codes", "noPatterns"]]);
    expect(issuesOf(() => compileProgram(programWith([service({ codes: ["[a"] })])))).toEqual([["criteria.0.requirements.0.codes.0", "invalidPattern"]]);
    expect(issuesOf(() => compileProgram(programWith([service({ minTotal: "-1" })])))).toEqual([["criteria.0.requirements.0.minTotal", "negativeNumber"]]);
    expect(issuesOf(() => compileProgram(programWith([service({ minCount: 0 })])))).toEqual([["criteria.0.requirements.0.minCount", "tooSmall"]]);
    expect(issuesOf(() => compileProgram(programWith([service({ minCredits: 1 })])))).toEqual([["criteria.0.requirements.0", "unknownKey"]]);
  });

  it("checks student activities with their paths", () => {
    expect(issuesOf(() => run([service()], student({ activities: [{ amount: "-2" }, { code: "X", amount: "1", status: "done" }] })))).toEqual([
      ["activities.0.code", "required"],
      ["activities.0.amount", "negativeNumber"],
      ["activities.1.status", "invalidValue"],
    ]);
  });

  it("works through the runtime entry and the tree printer", () => {
    const compiled = compileProgram(programWith([service()]));
    const s = student({ activities: [act("SERV-1", "40")] });
    const viaRuntime = evaluateAtRuntime(JSON.parse(JSON.stringify(compiled)), s);
    expect(viaRuntime).toEqual(evaluateProgress(loadCompiledProgram(compiled.toJSON()), s));
    expect(formatReportTree(viaRuntime, { ascii: true })).toContain("[x] SVC 40 of 40 earned, 40 with planned activities");
    expect(formatReportTree(viaRuntime, { ascii: true })).toContain("[x] SERV-1 40");
  });
});
