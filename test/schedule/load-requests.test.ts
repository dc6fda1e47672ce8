import { describe, expect, it } from "vitest";
import { compileProgram, loadRequests, ProgramDefinitionError, StudentRecordError } from "../../src/index.js";
import { issuesOf } from "../helpers.js";

// A district's STEM program: physics is a scheduling-priority requirement of its science criterion.
const STEM = {
  id: "STEM",
  name: "STEM endorsement",
  criteria: [
    {
      id: "SCIENCE",
      expression: "PHYS AND SCI_CREDITS",
      requirements: [
        { id: "PHYS", type: "course", description: "Physics or AP Physics", courses: ["SCI3%", "!SCI399"], minCredits: "1", schedulingPriority: true },
        { id: "SCI_CREDITS", type: "course", courses: ["SCI%"], minCredits: "3" },
      ],
    },
  ],
};

const physics = (status: string) => ({ courseNumber: "SCI301", status, credits: [{ type: "Science", amount: "1" }] });

function student(id: string, gradeLevel: number | undefined, extra: Record<string, unknown> = {}) {
  return { id, ...(gradeLevel === undefined ? {} : { gradeLevel }), transcript: [], ...extra };
}
const inStem = (id: string, gradeLevel: number | undefined, extra: Record<string, unknown> = {}) =>
  student(id, gradeLevel, { programs: [{ programId: "STEM" }], ...extra });

describe("loadRequests: the vendor's worked example (AP Physics, 10 seats)", () => {
  // Four STEM students who still need physics (grades 9 to 11), one STEM student who already has it,
  // and nine others from grade 10 to 12: fourteen requests for ten seats.
  const students = [
    student("A12", 12), student("B12", 12), student("C12", 12),
    inStem("P09", 9), inStem("P10", 10), inStem("Q10", 10), inStem("P11", 11),
    inStem("DONE", 12, { transcript: [physics("completed")] }),
    student("D11", 11), student("E11", 11), student("F11", 11),
    student("G10", 10), student("H10", 10), student("I10", 10),
  ];
  const requests = students.map((s) => ({ studentId: s.id, courseNumber: "SCI350" }));
  const run = (seed: number) => loadRequests({ program: STEM, students, requests, sections: [{ id: "APPHYS-1", courseNumber: "SCI350", capacity: 10 }], seed });

  it("seats the priority program's students first, whatever their grade level", () => {
    const { sections } = run(7);
    const roster = sections[0]!.roster;
    expect(roster).toHaveLength(10);
    expect(new Set(roster.slice(0, 4).map((r) => r.studentId))).toEqual(new Set(["P09", "P10", "Q10", "P11"]));
    expect(roster.slice(0, 4).map((r) => r.studentId.toString().slice(1))).toEqual(["11", "10", "10", "09"]);
    for (const r of roster.slice(0, 4)) expect(r).toMatchObject({ priority: true, requirements: [{ criterion: "SCIENCE", id: "PHYS" }] });
    for (const r of roster.slice(4)) expect(r).toMatchObject({ priority: false, requirements: [] });
  });

  it("fills the remaining seats by descending grade level and lists the rest as full", () => {
    const { sections, unplaced } = run(7);
    const rest = sections[0]!.roster.slice(4).map((r) => String(r.studentId));
    // Four seniors (DONE already met physics, so it is an ordinary request), then two of the juniors.
    expect(new Set(rest.slice(0, 4))).toEqual(new Set(["A12", "B12", "C12", "DONE"]));
    expect(rest.slice(4).every((id) => ["D11", "E11", "F11"].includes(id))).toBe(true);
    expect(unplaced).toHaveLength(4);
    expect(unplaced.every((u) => u.reason === "full" && u.courseNumber === "SCI350")).toBe(true);
    const left = unplaced.map((u) => String(u.studentId));
    expect(left.filter((id) => id.endsWith("10")).sort()).toEqual(["G10", "H10", "I10"]);
    expect(left.filter((id) => id.endsWith("11"))).toHaveLength(1);
  });

  it("gives the same rosters for the same seed, and a seed decides who of one grade level gets the last seat", () => {
    expect(run(7)).toEqual(run(7));
    const lastJunior = new Set<string>();
    for (let seed = 0; seed < 20; seed++) lastJunior.add(String(run(seed).unplaced.find((u) => String(u.studentId).endsWith("11"))!.studentId));
    expect(lastJunior.size).toBeGreaterThan(1);
  });
});

describe("loadRequests: which requests are priority", () => {
  const sections = [{ id: "S1", courseNumber: "SCI301", capacity: 5 }];
  const one = (s: Record<string, unknown>, program: unknown = STEM, courseNumber = "SCI301") =>
    loadRequests({ program, students: [s], requests: [{ studentId: s["id"] as string, courseNumber }], sections: [{ id: "S1", courseNumber, capacity: 5 }], seed: 1 }).sections[0]!.roster[0]!;

  it("needs the program assigned: a programs entry of either status", () => {
    expect(one(student("X", 9)).priority).toBe(false);
    expect(one(inStem("X", 9)).priority).toBe(true);
    expect(one(student("X", 9, { programs: [{ programId: "STEM", status: "completed" }] })).priority).toBe(true);
    expect(one(student("X", 9, { programs: [{ programId: "OTHER" }] })).priority).toBe(false);
  });

  it("stays priority while the requirement is only on track (the course planned), not once it is met", () => {
    expect(one(inStem("X", 11, { transcript: [physics("planned")] })).priority).toBe(true);
    expect(one(inStem("X", 11, { transcript: [physics("completed")] })).priority).toBe(false);
  });

  it("matches the course with the requirement's own patterns, exclusions and case rule included", () => {
    expect(one(inStem("X", 9), STEM, "SCI399").priority).toBe(false);
    expect(one(inStem("X", 9), STEM, "sci350").priority).toBe(true);
    expect(one(inStem("X", 9), STEM, "MAT101").priority).toBe(false);
  });

  it("ignores a met-OR alternative: a muted requirement is not needed", () => {
    const either = {
      id: "STEM",
      criteria: [{ id: "SCI", expression: "PHYS OR CHEM", requirements: [
        { id: "PHYS", type: "course", courses: ["SCI3%"], minCredits: "1", schedulingPriority: true },
        { id: "CHEM", type: "course", courses: ["SCI2%"], minCredits: "1" },
      ] }],
    };
    const chemistry = { courseNumber: "SCI201", credits: [{ type: "Science", amount: "1" }] };
    expect(one(inStem("X", 10), either).priority).toBe(true);
    expect(one(inStem("X", 10, { transcript: [chemistry] }), either).priority).toBe(false);
  });

  it("names the linked criterion of a child requirement", () => {
    const nested = {
      id: "STEM",
      criteria: [
        { id: "MAIN", expression: "LAB", requirements: [{ id: "LAB", type: "child", criterion: "LABS" }] },
        { id: "LABS", expression: "PHYS", requirements: [{ id: "PHYS", type: "course", courses: ["SCI3%"], minCredits: "1", schedulingPriority: true }] },
      ],
    };
    expect(one(inStem("X", 10), nested)).toEqual({ studentId: "X", priority: true, requirements: [{ criterion: "LABS", id: "PHYS" }] });
  });

  it("takes a compiled program, and a requirement without schedulingPriority gives none", () => {
    const plain = { ...STEM, criteria: [{ ...STEM.criteria[0]!, requirements: STEM.criteria[0]!.requirements.map((r) => ({ ...r, schedulingPriority: false })) }] };
    expect(one(inStem("X", 9), compileProgram(STEM)).priority).toBe(true);
    expect(one(inStem("X", 9), plain).priority).toBe(false);
    expect(sections).toHaveLength(1);
  });
});

describe("loadRequests: placement", () => {
  const students = [student("S1", 12), student("S2", 11), student("S3", 10), { id: 4, gradeLevel: 9 }, student("NOGRADE", undefined)];

  it("fills sections in the order given, skips full ones, and keeps every section in the result", () => {
    const result = loadRequests({
      program: STEM,
      students,
      requests: students.map((s) => ({ studentId: s.id, courseNumber: "ART101" })),
      sections: [{ id: "A", courseNumber: "ART101", capacity: 2 }, { id: "Z", courseNumber: "ART101", capacity: 0 }, { id: "B", courseNumber: "ART101", capacity: 2 }, { id: "M", courseNumber: "MUS101", capacity: 3 }],
      seed: 3,
    });
    expect(result.sections.map((s) => [s.id, s.roster.map((r) => r.studentId)])).toEqual([
      ["A", ["S1", "S2"]], ["Z", []], ["B", ["S3", 4]], ["M", []],
    ]);
    // No grade level comes last.
    expect(result.unplaced).toEqual([{ studentId: "NOGRADE", courseNumber: "ART101", reason: "full" }]);
  });

  it("reports unknown students and courses without a section; a second request is ignored; numbers compare exactly", () => {
    const result = loadRequests({
      program: STEM,
      students,
      requests: [
        { studentId: "S1", courseNumber: "ART101" },
        { studentId: "GHOST", courseNumber: "ART101" },
        { studentId: "S1", courseNumber: "ART101" },
        { studentId: "4", courseNumber: "art101" },
      ],
      sections: [{ id: "A", courseNumber: "ART101", capacity: 5 }],
      seed: 0,
    });
    expect(result.sections[0]!.roster.map((r) => r.studentId)).toEqual(["S1"]);
    expect(result.unplaced).toEqual([
      { studentId: "GHOST", courseNumber: "ART101", reason: "unknownStudent" },
      { studentId: "4", courseNumber: "art101", reason: "noSection" },
    ]);
  });
});

describe("loadRequests: bad input", () => {
  const base = { program: STEM, students: [student("S1", 9)], requests: [{ studentId: "S1", courseNumber: "ART101" }], sections: [{ id: "A", courseNumber: "ART101", capacity: 1 }], seed: 1 };
  const run = (patch: Record<string, unknown>) => () => loadRequests({ ...base, ...patch } as never);

  it("names requests, sections and seed from the input's root", () => {
    expect(issuesOf(run({ requests: [...base.requests, {}, { studentId: "S1" }, { studentId: true, courseNumber: "" }] }))).toEqual([
      ["requests.1.studentId", "required"], ["requests.1.courseNumber", "required"],
      ["requests.2.courseNumber", "required"],
      ["requests.3.studentId", "invalidType"], ["requests.3.courseNumber", "tooSmall"],
    ]);
    expect(issuesOf(run({ sections: [{ id: "A", courseNumber: "ART101", capacity: -1 }] }))).toEqual([["sections.0.capacity", "tooSmall"]]);
    expect(issuesOf(run({ sections: [{ id: "A", courseNumber: "ART101", capacity: 1.5 }] }))).toEqual([["sections.0.capacity", "invalidType"]]);
    expect(issuesOf(run({ sections: [{ id: "A", courseNumber: "X", capacity: 1 }, { id: "A", courseNumber: "Y", capacity: 1 }] }))).toEqual([["sections.1.id", "duplicateId"]]);
    expect(issuesOf(run({ seed: 1.5 }))).toEqual([["seed", "invalidType"]]);
    expect(issuesOf(run({ seed: undefined }))).toEqual([["seed", "required"]]);
    expect(issuesOf(run({ requests: "x" }))).toEqual([["requests", "invalidType"]]);
  });

  it("checks students as student records, paths under students", () => {
    expect(issuesOf(run({ students: [student("S1", 9), { id: "S2", transcript: [{ credits: [] }] }] }))).toEqual([["students.1.transcript.0.courseNumber", "required"]]);
    expect(issuesOf(run({ students: [student("S1", 9), student("S1", 10)] }))).toEqual([["students.1.id", "duplicateId"]]);
    expect(issuesOf(run({ students: [{ id: 7 }, { id: "7" }] }))).toEqual([["students.1.id", "duplicateId"]]);
  });

  it("throws StudentRecordError for an input that is not an object, ProgramDefinitionError for a bad program", () => {
    expect(() => loadRequests(null as never)).toThrow(StudentRecordError);
    expect(issuesOf(() => loadRequests([] as never))).toEqual([["", "invalidType"]]);
    expect(() => loadRequests({ ...base, program: { id: "P" } })).toThrow(ProgramDefinitionError);
    expect(issuesOf(() => loadRequests({ ...base, program: undefined }))).toEqual([["program", "required"]]);
    const error = (() => { try { loadRequests({ ...base, seed: "1" } as never); } catch (e) { return e as Error; } })();
    expect(error?.message).toContain("seed");
  });
});
