import { describe, expect, it } from "vitest";
import { evaluateProgress } from "../../src/index.js";
import { allCriteria, courseReq, record, student, type Json } from "./support.js";

const crit = (id: string, extra: Json = {}, requirements: Json[] = [courseReq("r", [`${id}%`], "1")]): Json => ({
  id,
  expression: requirements.filter((r) => r["recommended"] !== true).map((r) => r["id"]).join(" AND "),
  requirements,
  ...extra,
});

describe("display order", () => {
  it("criteria without displayOrder first in definition order, then ascending displayOrder, ties in definition order", () => {
    const report = evaluateProgress(
      {
        id: "P",
        criteria: [
          crit("A", { displayOrder: 3 }),
          crit("B"),
          crit("C", { displayOrder: 1 }),
          crit("D", { displayOrder: 3 }),
          crit("E"),
          crit("F", { displayOrder: -2 }),
          crit("G", { displayOrder: 1 }),
        ],
      },
      student(),
    );
    expect(report.criteria.map((c) => c.id)).toEqual(["B", "E", "F", "C", "G", "A", "D"]);
    expect(report.criteria.map((c) => c.displayOrder)).toEqual([undefined, undefined, -2, 1, 1, 3, 3]);
    const warnings = report.warnings.filter((w) => w.code === "mixedDisplayOrder");
    expect(warnings).toHaveLength(1);
    expect(typeof warnings[0]!.message).toBe("string");
    expect(Array.isArray(warnings[0]!.path)).toBe(true);
  });

  it("no mixedDisplayOrder warning when all or none of the top-level criteria have displayOrder", () => {
    const all = evaluateProgress({ id: "P", criteria: [crit("A", { displayOrder: 2 }), crit("B", { displayOrder: 1 })] }, student());
    expect(all.criteria.map((c) => c.id)).toEqual(["B", "A"]);
    expect(all.warnings).toEqual([]);
    const none = evaluateProgress({ id: "P", criteria: [crit("A"), crit("B")] }, student());
    expect(none.criteria.map((c) => c.id)).toEqual(["A", "B"]);
    expect(none.warnings).toEqual([]);
  });

  it("only top-level criteria decide the warning: a linked criterion's displayOrder does not mix", () => {
    const report = evaluateProgress(
      {
        id: "P",
        criteria: [
          crit("A", {}, [{ id: "l", type: "child", criterion: "L" }]),
          crit("L", { displayOrder: 1 }),
          crit("B"),
        ],
      },
      student(),
    );
    expect(report.criteria.map((c) => c.id)).toEqual(["A", "B"]);
    expect(report.warnings.filter((w) => w.code === "mixedDisplayOrder")).toEqual([]);
  });

  it("creditType and displayAlert are carried and never change a status", () => {
    const report = evaluateProgress(
      { id: "P", criteria: [crit("A", { creditType: "Math", displayAlert: true, description: "d" })] },
      student({ transcript: [record("A1")] }),
    );
    expect(report.criteria[0]).toMatchObject({ id: "A", description: "d", creditType: "Math", displayAlert: true, status: "met" });
  });
});

describe("recommendations", () => {
  const rec = (id: string, courses: string[]) => courseReq(id, courses, "1", { recommended: true });

  it("appear only in report.recommendations with `criterion` set, never in their criterion's requirements, and never affect a status", () => {
    const report = evaluateProgress(
      {
        id: "P",
        criteria: [
          crit("A", {}, [courseReq("a", ["A%"], "1"), rec("honors", ["H%"])]),
          crit("L", {}, [courseReq("x", ["X%"], "1"), rec("extra", ["E%"])]),
          crit("B", {}, [courseReq("b", ["B%"], "1"), { id: "l", type: "child", criterion: "L" }]),
        ],
      },
      student({ transcript: [record("A1"), record("B1"), record("X1"), record("H1", { status: "planned" })] }),
    );
    expect(report.status).toBe("met");
    expect(report.recommendations.map((r) => [r.criterion, r.id, r.type, r.status])).toEqual([
      ["A", "honors", "course", "onTrack"],
      ["L", "extra", "course", "offTrack"],
    ]);
    for (const c of allCriteria(report)) {
      expect(c.requirements.map((r) => r.id)).not.toContain("honors");
      expect(c.requirements.map((r) => r.id)).not.toContain("extra");
    }
    expect(report.recommendations[0]).toMatchObject({ earnedCredits: "0", projectedCredits: "1", requiredCredits: "1" });
  });

  it("a criterion whose only non-recommended requirement is met is met, whatever its recommendation", () => {
    const report = evaluateProgress(
      { id: "P", criteria: [crit("A", {}, [rec("r0", ["Z%"]), courseReq("a", ["A%"], "1")])] },
      student({ transcript: [record("A1")] }),
    );
    expect(report.criteria[0]!.status).toBe("met");
    expect(report.criteria[0]!.requirements.map((r) => r.id)).toEqual(["a"]);
    expect(report.recommendations.map((r) => r.id)).toEqual(["r0"]);
  });

  it("an empty list when there are none", () => {
    expect(evaluateProgress({ id: "P", criteria: [crit("A")] }, student()).recommendations).toEqual([]);
  });
});

describe("report envelope", () => {
  it("carries programId and studentId; studentId is null when absent", () => {
    const def = { id: "PROG", criteria: [crit("A")] };
    expect(evaluateProgress(def, { id: "S9" })).toMatchObject({ programId: "PROG", studentId: "S9" });
    expect(evaluateProgress(def, { id: 42 })).toMatchObject({ studentId: 42 });
    expect(evaluateProgress(def, {}).studentId).toBeNull();
  });

  it("statuses are reported in definition order", () => {
    const report = evaluateProgress(
      { id: "P", criteria: [crit("A"), crit("B")], statuses: [{ status: "Z", expression: "B" }, { status: "Y", expression: "A OR B" }] },
      student({ transcript: [record("A1")] }),
    );
    expect(report.statuses).toEqual([
      { status: "Z", result: "offTrack" },
      { status: "Y", result: "met" },
    ]);
  });
});
