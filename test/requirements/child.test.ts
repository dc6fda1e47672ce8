import { describe, expect, it } from "vitest";
import { evaluateProgress, type ChildRequirementResult, type CriterionResult } from "../../src/index.js";
import { courseReq, record, requirement, student, type Json } from "./support.js";

const criterion = (id: string, expression: string, requirements: Json[], extra: Json = {}): Json => ({ id, expression, requirements, ...extra });
const child = (id: string, target: string): Json => ({ id, type: "child", criterion: target });

// CORE = G AND M, where M links MATH = ALG
const definition = {
  id: "P",
  name: "P",
  criteria: [
    criterion("MATH", "ALG", [courseReq("ALG", ["ALG%"], "1")], { description: "Algebra", creditType: "Math", displayAlert: true }),
    criterion("CORE", "E AND M", [courseReq("E", ["ENG%"], "1"), child("M", "MATH")]),
  ],
  statuses: [
    { status: "MATH_DONE", expression: "MATH" },
    { status: "ALL", expression: "MATH AND CORE" },
    { status: "ANY", expression: "MATH OR CORE" },
  ],
};

describe("child requirement", () => {
  it.each([
    [[record("ALG1"), record("ENG1")], "met", "met"],
    [[record("ALG1", { status: "planned" }), record("ENG1")], "onTrack", "onTrack"],
    [[record("ENG1")], "offTrack", "offTrack"],
  ] as const)("takes the linked criterion's status (%#)", (transcript, mathStatus, coreStatus) => {
    const report = evaluateProgress(definition, student({ transcript: [...transcript] }));
    const m = requirement(report, "M", "CORE") as ChildRequirementResult;
    expect(m).toMatchObject({ id: "M", criterion: "CORE", type: "child", status: mathStatus });
    expect(m.result.status).toBe(mathStatus);
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([["CORE", coreStatus]]);
    expect(report.status).toBe(coreStatus);
  });

  it("the linked criterion is not top-level; the child result embeds its whole criterion result", () => {
    const report = evaluateProgress(definition, student({ transcript: [record("ALG1", { credits: [{ type: "Math", amount: "0.5" }] })] }));
    expect(report.criteria.map((c) => c.id)).toEqual(["CORE"]);
    const m = requirement(report, "M", "CORE") as ChildRequirementResult;
    const linked: CriterionResult = m.result;
    expect(linked).toMatchObject({
      id: "MATH",
      description: "Algebra",
      status: "offTrack",
      expression: "ALG",
      creditType: "Math",
      displayAlert: true,
    });
    expect(linked.requirements).toHaveLength(1);
    expect(linked.requirements[0]).toMatchObject({
      id: "ALG",
      criterion: "MATH",
      type: "course",
      status: "offTrack",
      earnedCredits: "0.5",
      remainingCredits: "0.5",
    });
  });

  it("statuses may name a linked criterion and need not name every one", () => {
    const report = evaluateProgress(definition, student({ transcript: [record("ALG1")] }));
    expect(report.statuses).toEqual([
      { status: "MATH_DONE", result: "met" },
      { status: "ALL", result: "offTrack" },
      { status: "ANY", result: "met" },
    ]);
    expect(report.status).toBe("offTrack"); // statuses never change report.status
  });

  it("chains: A links B links C, only A is top-level", () => {
    const def = {
      id: "P",
      criteria: [
        criterion("A", "x AND b", [courseReq("x", ["X%"], "1"), child("b", "B")]),
        criterion("B", "c OR y", [child("c", "C"), courseReq("y", ["Y%"], "1")]),
        criterion("C", "z", [courseReq("z", ["Z%"], "1")]),
      ],
    };
    const report = evaluateProgress(def, student({ transcript: [record("X1"), record("Z1", { status: "inProgress" })] }));
    expect(report.criteria.map((c) => c.id)).toEqual(["A"]);
    const b = requirement(report, "b", "A") as ChildRequirementResult;
    expect(b.status).toBe("onTrack");
    const c = requirement(report, "c", "B") as ChildRequirementResult;
    expect(c).toMatchObject({ status: "onTrack", result: { id: "C", status: "onTrack" } });
    expect(report.status).toBe("onTrack");
  });

  it("a child requirement in OR and k OF expressions", () => {
    const def = {
      id: "P",
      criteria: [
        criterion("L", "a", [courseReq("a", ["A%"], "1")]),
        criterion("T", "2 OF (l, b, c)", [child("l", "L"), courseReq("b", ["B%"], "1"), courseReq("c", ["C%"], "1")]),
      ],
    };
    const s = (...nums: string[]) => student({ transcript: nums.map((n) => record(n)) });
    expect(evaluateProgress(def, s("A1", "B1")).status).toBe("met");
    expect(evaluateProgress(def, s("A1")).status).toBe("offTrack");
    expect(evaluateProgress(def, s("B1", "C1")).status).toBe("met");
  });

  it("a top-level criterion and a linked one both count: the program takes the minimum over the top-level ones", () => {
    const def = {
      id: "P",
      criteria: [
        criterion("L", "a", [courseReq("a", ["A%"], "1")]),
        criterion("T", "l", [child("l", "L")]),
        criterion("U", "u", [courseReq("u", ["U%"], "1")]),
      ],
    };
    const report = evaluateProgress(def, student({ transcript: [record("A1"), record("U1", { status: "planned" })] }));
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([["T", "met"], ["U", "onTrack"]]);
    expect(report.status).toBe("onTrack");
  });
});
