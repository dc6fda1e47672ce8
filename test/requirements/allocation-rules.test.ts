import { describe, expect, it } from "vitest";
import { evaluateProgress, formatReportTree, type CourseRequirementResult, type ProgressReport } from "../../src/index.js";
import { issuesOf, programWith } from "../helpers.js";

/*
 * DESIGN.md §11 rule by rule: caps, minCourses, letter grades, grade levels, repeats, optional
 * criteria and exclusive allocation, each through the public API.
 */

type Json = Record<string, unknown>;

const rec = (courseNumber: string, amount: string, extra: Json = {}) => ({ courseNumber, credits: [{ type: "X", amount }], ...extra });

function requirement(report: ProgressReport, criterion: string, id: string): CourseRequirementResult {
  const c = report.criteria.find((x) => x.id === criterion)!;
  return c.requirements.find((r) => r.id === id) as CourseRequirementResult;
}

describe("caps (A-11.9, A-11.10)", () => {
  const program = programWith([{ id: "R", type: "course", courses: ["%"], minCredits: "3", caps: [{ courses: ["AP%"], maxCredits: "1" }] }]);

  it("cut lines to what the cap leaves, completed first, and mark them capped", () => {
    const student = { transcript: [rec("AP2", "1", { status: "planned" }), rec("AP1", "1"), rec("ENG", "1"), rec("AP3", "0.5")] };
    const r = evaluateProgress(program, student).criteria[0]!.requirements[0] as CourseRequirementResult;
    expect(r.earnedCredits).toBe("2");
    expect(r.projectedCredits).toBe("2");
    expect(r.records.map((x) => [x.courseNumber, x.credits, x.counted, x.capped])).toEqual([
      ["AP2", "0", true, true],
      ["AP1", "1", true, undefined],
      ["ENG", "1", true, undefined],
      ["AP3", "0", true, true],
    ]);
    expect(r.status).toBe("offTrack");
  });

  it("apply in credit groups to the group's lines", () => {
    const grouped = {
      ...programWith([{ id: "R", type: "course", courses: ["%"], minCredits: "1" }]),
      creditGroups: [{ id: "G", name: "Electives", minCredits: "2", caps: [{ courses: ["AP%"], maxCredits: "1" }] }],
    };
    const report = evaluateProgress(grouped, { transcript: [rec("AP1", "1"), rec("AP2", "1"), rec("ART", "0.5", { status: "inProgress" })] });
    expect(report.creditGroups[0]).toMatchObject({ earnedCredits: "1", projectedCredits: "1.5", status: "offTrack" });
  });

  it("filter by credit type", () => {
    const typed = programWith([{ id: "R", type: "course", courses: ["%"], minCredits: "2", caps: [{ creditTypes: ["CTE"], maxCredits: "0.5" }] }]);
    const student = { transcript: [{ courseNumber: "W1", credits: [{ type: "CTE", amount: "1" }, { type: "X", amount: "1" }] }] };
    const r = evaluateProgress(typed, student).criteria[0]!.requirements[0] as CourseRequirementResult;
    expect(r.earnedCredits).toBe("1.5");
    expect(r.records[0]).toMatchObject({ credits: "1.5", capped: true });
  });

  it("reject empty filters and bad patterns", () => {
    const bad = programWith([{ id: "R", type: "course", courses: ["%"], minCredits: "1", caps: [{ courses: [], maxCredits: "1" }, { courses: ["[a"], maxCredits: "1" }] }]);
    expect(issuesOf(() => evaluateProgress(bad, {}))).toEqual([
      ["criteria.0.requirements.0.caps.0.courses", "emptyList"],
      ["criteria.0.requirements.0.caps.1.courses.0", "invalidPattern"],
    ]);
  });
});

describe("minCourses (A-11.11, A-11.12)", () => {
  it("counts distinct course numbers of counted records that add credit", () => {
    const program = programWith([{ id: "AP", type: "course", courses: ["AP%"], minCourses: 2 }]);
    const student = { transcript: [rec("AP1", "1"), rec("ap1", "1"), rec("AP2", "0"), rec("AP3", "1", { status: "planned" })] };
    const r = evaluateProgress(program, student).criteria[0]!.requirements[0] as CourseRequirementResult;
    expect(r).toMatchObject({ status: "onTrack", earnedCredits: "2", projectedCredits: "3", earnedCourses: 1, projectedCourses: 2, requiredCourses: 2, remainingCourses: 1 });
    expect(r).not.toHaveProperty("requiredCredits");
    expect(r).not.toHaveProperty("remainingCredits");
    expect(evaluateProgress(program, student).remaining).toEqual([{ criterion: "C", id: "AP", type: "course", status: "onTrack", remainingCourses: 1 }]);
  });

  it("with minCredits both must hold", () => {
    const program = programWith([{ id: "AP", type: "course", courses: ["AP%"], minCredits: "1", minCourses: 2 }]);
    expect(evaluateProgress(program, { transcript: [rec("AP1", "3")] }).status).toBe("offTrack");
    expect(evaluateProgress(program, { transcript: [rec("AP1", "0.5"), rec("AP2", "0.5")] }).status).toBe("met");
  });

  it("a requirement with neither minimum is required at minCredits", () => {
    expect(issuesOf(() => evaluateProgress(programWith([{ id: "R", type: "course", courses: ["%"] }]), {}))).toEqual([["criteria.0.requirements.0.minCredits", "required"]]);
    expect(issuesOf(() => evaluateProgress(programWith([{ id: "R", type: "course", courses: ["%"], minCourses: 0 }]), {}))[0]).toEqual(["criteria.0.requirements.0.minCourses", "tooSmall"]);
  });

  it("shows the course figures in the tree", () => {
    const program = programWith([{ id: "AP", type: "course", courses: ["AP%"], minCourses: 2 }]);
    expect(formatReportTree(evaluateProgress(program, { transcript: [rec("AP1", "1")] }))).toContain("1 credit earned, 1 with planned courses; 1 of 2 courses earned");
  });
});

describe("letter grades (A-11.13)", () => {
  const settings = { gradeScale: ["A", "B", "C", "D", "F"] };
  const program = programWith([{ id: "R", type: "course", courses: ["%"], minCredits: "1", minGrade: "C" }], { settings });

  it("count completed records at or above minGrade; in-progress ones are assumed to meet it", () => {
    const student = { transcript: [rec("M1", "1", { grade: "D" }), rec("M2", "1"), rec("M3", "1", { grade: "B+" }), rec("M4", "1", { grade: "C" }), rec("M5", "1", { status: "inProgress" })] };
    const r = evaluateProgress(program, student).criteria[0]!.requirements[0] as CourseRequirementResult;
    expect(r.records.map((x) => x.reason ?? "counted")).toEqual(["belowMinGrade", "noGrade", "noGrade", "counted", "counted"]);
    expect(r.earnedCredits).toBe("1");
  });

  it("GPA reasons come before grade reasons", () => {
    const both = programWith([{ id: "R", type: "course", courses: ["%"], minCredits: "1", minGrade: "C", minGpa: "2" }], { settings });
    const r = evaluateProgress(both, { transcript: [rec("M1", "1", { grade: "F", gpaValue: "0" })] }).criteria[0]!.requirements[0] as CourseRequirementResult;
    expect(r.records[0]!.reason).toBe("belowMinGpa");
  });

  it("check the scale and minGrade", () => {
    const req = { id: "R", type: "course", courses: ["%"], minCredits: "1", minGrade: "C" };
    expect(issuesOf(() => evaluateProgress(programWith([req]), {}))).toEqual([["criteria.0.requirements.0.minGrade", "noGradeScale"]]);
    expect(issuesOf(() => evaluateProgress(programWith([req], { settings: { gradeScale: ["A", "B"] } }), {}))).toEqual([["criteria.0.requirements.0.minGrade", "unknownGrade"]]);
    expect(issuesOf(() => evaluateProgress(programWith([{ ...req, minGrade: undefined }], { settings: { gradeScale: [] } }), {}))).toEqual([["settings.gradeScale", "emptyList"]]);
    expect(issuesOf(() => evaluateProgress(programWith([req], { settings: { gradeScale: ["A", "C", "A"] } }), {}))).toEqual([["settings.gradeScale.2", "duplicateId"]]);
  });
});

describe("grade levels (A-11.14)", () => {
  it("records outside the levels do not match and are not listed", () => {
    const program = programWith([{ id: "R", type: "course", courses: ["%"], minCredits: "1", gradeLevels: [11, 12] }]);
    const r = evaluateProgress(program, { transcript: [rec("A", "1", { gradeLevel: 9 }), rec("B", "1"), rec("C", "1", { gradeLevel: 12 })] }).criteria[0]!.requirements[0] as CourseRequirementResult;
    expect(r.records.map((x) => x.courseNumber)).toEqual(["C"]);
    expect(issuesOf(() => evaluateProgress(programWith([{ id: "R", type: "course", courses: ["%"], minCredits: "1", gradeLevels: [] }]), {}))).toEqual([
      ["criteria.0.requirements.0.gradeLevels", "emptyList"],
    ]);
  });
});

describe("repeats (A-11.15, A-11.16)", () => {
  const transcript = [
    rec("ALG1", "1", { gpaValue: "3", schoolYear: 2024 }),
    rec("ALG1", "1", { gpaValue: "1", schoolYear: 2025 }),
    rec("alg1", "1", { gpaValue: "2" }),
    rec("ALG1", "1", { status: "inProgress" }),
    rec("GEO", "1", { replaced: true }),
  ];
  const reasons = (repeats: string) => {
    const program = programWith([{ id: "R", type: "course", courses: ["%"], minCredits: "1" }], {
      settings: { repeats },
      creditGroups: [{ id: "G", name: "All", minCredits: "1" }],
    });
    const report = evaluateProgress(program, { transcript });
    const r = report.criteria[0]!.requirements[0] as CourseRequirementResult;
    return { reasons: r.records.map((x) => x.reason ?? "counted"), group: report.creditGroups[0]!.projectedCredits };
  };

  it("best keeps the highest grade points; in-progress retakes count as usual", () => {
    expect(reasons("best")).toEqual({ reasons: ["counted", "repeated", "repeated", "counted", "replaced"], group: "2" });
  });

  it("latest keeps the greatest school year (none is oldest)", () => {
    expect(reasons("latest")).toEqual({ reasons: ["repeated", "counted", "repeated", "counted", "replaced"], group: "2" });
  });

  it("all keeps every record", () => {
    expect(reasons("all")).toEqual({ reasons: ["counted", "counted", "counted", "counted", "replaced"], group: "4" });
  });
});

describe("optional criteria (A-11.17)", () => {
  const program = {
    id: "P",
    criteria: [
      { id: "CORE", expression: "R", requirements: [{ id: "R", type: "course", courses: ["A%"], minCredits: "1" }] },
      { id: "HONORS", expression: "H", required: false, requirements: [{ id: "H", type: "course", courses: ["AP%"], minCredits: "2" }] },
    ],
    statuses: [{ status: "HONORS_DIPLOMA", expression: "CORE AND HONORS" }],
  };

  it("are reported but do not lower the program status", () => {
    const report = evaluateProgress(program, { transcript: [rec("A1", "1")] });
    expect(report.status).toBe("met");
    expect(report.criteria[1]).toMatchObject({ id: "HONORS", status: "offTrack", required: false });
    expect(report.criteria[0]).not.toHaveProperty("required");
    expect(report.statuses).toEqual([{ status: "HONORS_DIPLOMA", result: "offTrack" }]);
    expect(formatReportTree(report)).toContain("HONORS [H] (optional)");
  });

  it("are not in report.remaining: only required criteria list what is still needed (A-13.5)", () => {
    const report = evaluateProgress(program, {});
    expect(report.criteria[1]).toMatchObject({ id: "HONORS", status: "offTrack" });
    expect(report.remaining).toEqual([{ criterion: "CORE", id: "R", type: "course", status: "offTrack", remainingCredits: "1" }]);
  });

  it("a program of optional criteria only is met", () => {
    const only = { ...program, criteria: [program.criteria[1]], statuses: [] };
    expect(evaluateProgress(only, {}).status).toBe("met");
  });
});

describe("exclusive allocation (§11)", () => {
  const program = {
    id: "P",
    settings: { allocation: "exclusive" },
    criteria: [
      { id: "MATH", expression: "M", requirements: [{ id: "M", type: "course", courses: ["ALG%", "CS1"], minCredits: "2" }] },
      { id: "SCI", expression: "S", requirements: [{ id: "S", type: "course", courses: ["CS1", "BIO"], minCredits: "1" }] },
      { id: "WI", expression: "W", requirements: [{ id: "W", type: "course", courses: ["CS1", "ENG%"], minCredits: "1", shared: true }] },
    ],
  };

  it("gives a record to the requirement that needs it, and says where it went", () => {
    const student = { transcript: [rec("CS1", "1"), rec("ALG1", "1"), rec("ALG2", "1")] };
    const report = evaluateProgress(program, student);
    expect(report.status).toBe("met");
    expect(requirement(report, "MATH", "M").records[0]).toEqual({ index: 0, courseNumber: "CS1", status: "completed", credits: "1", counted: false, reason: "usedElsewhere", usedBy: { criterion: "SCI", requirement: "S" } });
    expect(requirement(report, "SCI", "S").records[0]!.counted).toBe(true);
    // A shared requirement counts the record too.
    expect(requirement(report, "WI", "W").records[0]!.counted).toBe(true);
    const tree = formatReportTree(report, { records: true });
    expect(tree).toContain("CS1 1 credit — not counted: counted for another requirement (SCI/S)");
    // Where it counted, the tree says where else it could have gone; the shared requirement does not.
    const lines = tree.split("\n").filter((l) => l.includes("CS1 1 credit"));
    expect(lines.map((l) => l.replace(/^[^A-Z]*/, ""))).toEqual([
      "CS1 1 credit — not counted: counted for another requirement (SCI/S)",
      "CS1 1 credit — could also have counted for MATH/M",
      "CS1 1 credit",
    ]);
  });

  it("without a need elsewhere, the earliest requirement takes the record", () => {
    const report = evaluateProgress(program, { transcript: [rec("CS1", "1"), rec("BIO", "1")] });
    expect(requirement(report, "MATH", "M").records[0]!.counted).toBe(true);
    expect(requirement(report, "SCI", "S").records[0]).toMatchObject({ counted: false, reason: "usedElsewhere", usedBy: { criterion: "MATH", requirement: "M" } });
  });

  it("a recommended requirement counts every matching record, also those given elsewhere (A-11.3)", () => {
    const withAdvice = structuredClone(program);
    withAdvice.criteria[1]!.requirements.push({ id: "CS", type: "course", courses: ["CS%"], minCredits: "1", recommended: true } as never);
    const report = evaluateProgress(withAdvice, { transcript: [rec("CS1", "1")] });
    expect(requirement(report, "SCI", "S").records[0]!.counted).toBe(true);
    expect(report.recommendations[0]).toMatchObject({ id: "CS", status: "met", records: [{ courseNumber: "CS1", counted: true }] });
  });

  it("shared mode is unchanged by shared: true", () => {
    const shared = { ...program, settings: {} };
    const report = evaluateProgress(shared, { transcript: [rec("CS1", "1")] });
    expect(requirement(report, "MATH", "M").records[0]!.counted).toBe(true);
    expect(requirement(report, "SCI", "S").records[0]!.counted).toBe(true);
  });

  it("warns allocationBudget when the search is cut, and still decides", () => {
    // Overlapping caps leave no bound, so the search would try 4^12 assignments.
    const caps = [{ courses: ["X%"], maxCredits: "1" }, { courses: ["X1%"], maxCredits: "1" }];
    const wide = {
      id: "P",
      settings: { allocation: "exclusive" },
      criteria: ["A", "B", "C"].map((id) => ({ id, expression: "R", requirements: [{ id: "R", type: "course", courses: ["X%"], minCredits: "3", caps }] })),
    };
    const transcript = Array.from({ length: 12 }, (_, i) => rec(`X${i}`, "1"));
    const report = evaluateProgress(wide, { transcript });
    expect(report.warnings.filter((w) => w.code === "allocationBudget")).toEqual([
      { code: "allocationBudget", message: expect.stringContaining('"P"'), path: [] },
    ]);
    expect(JSON.stringify(evaluateProgress(wide, { transcript }))).toBe(JSON.stringify(report));
  });
});

describe("independent conflicts (docs/semantics.md §15.1)", () => {
  // A's best choice depends on B only through the program status: B can never be met, though
  // giving B1 to both of B's requirements would meet it. Searched alone against that bound, A would
  // trade CA1's met for a higher program status it cannot have.
  const program = {
    id: "P",
    settings: { allocation: "exclusive" },
    criteria: [
      { id: "CA1", expression: "RA1", requirements: [{ id: "RA1", type: "course", courses: ["A%"], minCredits: "1" }] },
      { id: "CA2", expression: "RA2", requirements: [{ id: "RA2", type: "course", courses: ["A1"], minCredits: "1" }] },
      {
        id: "CB",
        expression: "RB1 AND RB2",
        requirements: [
          { id: "RB1", type: "course", courses: ["B%"], minCredits: "1" },
          { id: "RB2", type: "course", courses: ["B1"], minCredits: "1" },
        ],
      },
    ],
  };
  it("are searched apart and still give the best assignment", () => {
    const report = evaluateProgress(program, { transcript: [rec("A1", "1"), rec("A2", "1", { status: "planned" }), rec("B1", "1")] });
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([
      ["CA1", "met"],
      ["CA2", "offTrack"],
      ["CB", "offTrack"],
    ]);
    expect(requirement(report, "CA1", "RA1").records[0]!.counted).toBe(true);
    expect(report.warnings).toEqual([]);
  });
});
