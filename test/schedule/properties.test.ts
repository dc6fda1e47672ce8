import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileProgram, loadRequests, ProgramDefinitionError, StudentRecordError, type LoadRequestsResult } from "../../src/index.js";

// Laws of scheduling-priority loading (DESIGN.md §13, A-13.7) over random students, requests and sections.

const program = compileProgram({
  id: "STEM",
  criteria: [
    {
      id: "SCIENCE",
      expression: "PHYS AND (CHEM OR BIO)",
      requirements: [
        { id: "PHYS", type: "course", courses: ["SCI3%"], minCredits: "1", schedulingPriority: true },
        { id: "CHEM", type: "course", courses: ["SCI2%"], minCredits: "1", schedulingPriority: true },
        { id: "BIO", type: "course", courses: ["SCI1%"], minCredits: "1" },
      ],
    },
  ],
});

const COURSES = ["SCI301", "SCI201", "SCI101", "ART101"];
const IDS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

const studentArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      gradeLevel: fc.integer({ min: 9, max: 12 }),
      programs: fc.constantFrom<{ programId: string; status?: string }[][]>([{ programId: "STEM" }], [{ programId: "STEM", status: "completed" }], [{ programId: "ARTS" }], []),
      transcript: fc.subarray(COURSES).map((taken) => taken.map((courseNumber) => ({ courseNumber, credits: [{ type: "Science", amount: "1" }] }))),
    },
    { requiredKeys: ["id", "programs", "transcript"] },
  );

const inputArb = fc
  .subarray(IDS, { minLength: 1 })
  .chain((ids) =>
    fc.record({
      students: fc.tuple(...ids.map(studentArb)),
      requests: fc.array(fc.record({ studentId: fc.constantFrom(...IDS, "UNKNOWN"), courseNumber: fc.constantFrom(...COURSES) }), { maxLength: 40 }),
      sections: fc.array(fc.record({ courseNumber: fc.constantFrom(...COURSES), capacity: fc.integer({ min: 0, max: 4 }) }), { maxLength: 6 }).map((list) => list.map((s, i) => ({ id: `SEC${i}`, ...s }))),
      seed: fc.integer(),
    }),
  );

type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

/** Every request's outcome in placement order for one course: seated ones section by section, then the full and noSection ones. */
function outcomes(input: Input, result: LoadRequestsResult, course: string) {
  const seated = result.sections.filter((s) => s.courseNumber === course).flatMap((s) => s.roster);
  const left = result.unplaced.filter((u) => u.courseNumber === course && u.reason !== "unknownStudent");
  const grade = (id: string | number) => input.students.find((s) => s.id === id)?.gradeLevel;
  return [...seated.map((r) => ({ priority: r.priority, grade: grade(r.studentId) })), ...left.map((u) => ({ priority: undefined, grade: grade(u.studentId) }))];
}

describe("loadRequests laws", () => {
  it("never exceeds a capacity, places or lists each distinct request once, same seed gives the same result", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = loadRequests({ program, ...input });
        for (const s of result.sections) expect(s.roster.length).toBeLessThanOrEqual(input.sections.find((x) => x.id === s.id)!.capacity);
        const distinct = new Set(input.requests.map((r) => `${r.studentId}/${r.courseNumber}`));
        const seen = [...result.sections.flatMap((s) => s.roster.map((r) => `${r.studentId}/${s.courseNumber}`)), ...result.unplaced.map((u) => `${u.studentId}/${u.courseNumber}`)];
        expect(seen.sort()).toEqual([...distinct].sort());
        expect(loadRequests({ program, ...input })).toEqual(result);
        for (const u of result.unplaced) {
          const known = input.students.some((s) => s.id === u.studentId);
          const sections = result.sections.filter((s) => s.courseNumber === u.courseNumber);
          expect(u.reason).toBe(!known ? "unknownStudent" : sections.length === 0 ? "noSection" : "full");
          if (u.reason === "full") for (const s of sections) expect(s.roster.length).toBe(input.sections.find((x) => x.id === s.id)!.capacity);
        }
      }),
    );
  });

  it("seats priority requests before the others, each group in descending grade level", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = loadRequests({ program, ...input });
        for (const course of COURSES) {
          const seated = outcomes(input, result, course).filter((o) => o.priority !== undefined);
          const firstOther = seated.findIndex((o) => !o.priority);
          if (firstOther !== -1) expect(seated.slice(firstOther).every((o) => !o.priority)).toBe(true);
          for (const group of [seated.filter((o) => o.priority), seated.filter((o) => !o.priority)]) {
            // No grade level comes last.
            const rank = (grade: number | undefined) => grade ?? Number.NEGATIVE_INFINITY;
            for (let i = 1; i < group.length; i++) expect(rank(group[i]!.grade)).toBeLessThanOrEqual(rank(group[i - 1]!.grade));
          }
        }
      }),
    );
  });

  it("agrees with an oracle of who still needs the course, and never leaves a priority request out for an ordinary one", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = loadRequests({ program, ...input });
        // PHYS AND (CHEM OR BIO): physics is needed until taken; chemistry until taken or muted by biology.
        const oracle = (id: string | number, course: string) => {
          const s = input.students.find((x) => x.id === id)!;
          const has = (c: string) => s.transcript.some((t) => t.courseNumber === c);
          if (!s.programs.some((p) => p.programId === "STEM")) return false;
          return course === "SCI301" ? !has("SCI301") : course === "SCI201" ? !has("SCI201") && !has("SCI101") : false;
        };
        for (const s of result.sections) for (const r of s.roster) expect(r.priority).toBe(oracle(r.studentId, s.courseNumber));
        for (const u of result.unplaced) {
          if (u.reason !== "full" || !oracle(u.studentId, u.courseNumber)) continue;
          expect(result.sections.filter((s) => s.courseNumber === u.courseNumber).every((s) => s.roster.every((r) => r.priority))).toBe(true);
        }
      }),
    );
  });

  it("a priority placement names the still-needed priority requirements matching the course", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = loadRequests({ program, ...input });
        for (const s of result.sections) {
          for (const r of s.roster) {
            expect(r.priority).toBe(r.requirements.length > 0);
            const student = input.students.find((x) => x.id === r.studentId)!;
            if (r.priority) {
              expect(student.programs.some((p) => p.programId === "STEM")).toBe(true);
              expect(student.transcript.some((t) => t.courseNumber === s.courseNumber)).toBe(false);
              expect(r.requirements.map((q) => q.id)).toEqual([s.courseNumber === "SCI301" ? "PHYS" : "CHEM"]);
            }
          }
        }
      }),
    );
  });

  it("throws only the library's errors on any input", () => {
    const value = fc.anything({ maxDepth: 3 });
    fc.assert(
      fc.property(fc.record({ students: value, requests: value, sections: value, seed: value }, { requiredKeys: [] }), (input) => {
        try {
          loadRequests({ program, ...input } as never);
        } catch (error) {
          expect(StudentRecordError.is(error) || ProgramDefinitionError.is(error)).toBe(true);
        }
      }),
    );
  });
});
