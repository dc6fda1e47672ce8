import { beforeEach, describe, expect, it, vi } from "vitest";
import { compileProgram, evaluateProgress } from "../../src/index.js";
import { course } from "../../src/requirements/course.js";
import { courseReq, record, student, type Json } from "./support.js";

// Record every course evaluation, passing each call through to the real evaluator.
const seen: unknown[] = [];
const original = course.evaluate;
vi.spyOn(course, "evaluate").mockImplementation((runtime, scope, adjustment) => {
  seen.push(runtime as never);
  return original(runtime, scope, adjustment);
});
const evaluateCourse = { mockClear: () => void (seen.length = 0) };

const leaf = (id: string): Json => ({
  id,
  name: id,
  criteria: [{ id: "K", expression: "R", requirements: [{ ...courseReq("R", [`${id}%`], "1"), description: id }] }],
});
const via = (id: string, names: string[]): Json => ({
  id,
  name: id,
  criteria: [{ id: "K", expression: "N", requirements: [{ id: "N", type: "program", programs: names, minRequired: names.length }] }],
});

/** How many times the course requirement of program `id` (pattern `<id>%`) was evaluated. */
const evaluationsOf = (id: string) => seen.filter((rt) => (rt as { description?: string }).description === id).length;

describe("each other program is evaluated at most once per student", () => {
  beforeEach(() => evaluateCourse.mockClear());

  it("a program named by several requirements, at several depths, is evaluated once", () => {
    const top = {
      id: "TOP",
      name: "TOP",
      criteria: [
        {
          id: "X",
          expression: "p AND q",
          requirements: [
            { id: "p", type: "program", programs: ["B", "C"], minRequired: 2 },
            { id: "q", type: "program", programs: ["D"], minRequired: 1 },
          ],
        },
        { id: "Y", expression: "r", requirements: [{ id: "r", type: "program", programs: ["D", "B"], minRequired: 1 }] },
      ],
    };
    const compiled = compileProgram(top, { programs: [leaf("D"), via("B", ["D"]), via("C", ["D"])] });
    const s = student({ transcript: [record("D1")], programs: ["B", "C", "D"].map((programId) => ({ programId })) });
    const report = evaluateProgress(compiled, s);
    expect(report.status).toBe("met");
    expect(evaluationsOf("D")).toBe(1);

    evaluateCourse.mockClear();
    evaluateProgress(compiled, s);
    expect(evaluationsOf("D")).toBe(1); // again once for the next student: no carry-over, no repeat
  });

  it("a program the student is not assigned to, or has completed, is not evaluated at all", () => {
    const top = via("TOP", ["D", "E"]);
    const compiled = compileProgram(top, { programs: [leaf("D"), leaf("E")] });
    evaluateProgress(compiled, student({ programs: [{ programId: "E", status: "completed" }] }));
    expect(evaluationsOf("D")).toBe(0);
    expect(evaluationsOf("E")).toBe(0);
  });
});
