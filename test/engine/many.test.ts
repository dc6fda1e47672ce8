import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  compileProgram,
  evaluateMany,
  evaluateProgress,
  loadCompiledProgram,
  ProgramDefinitionError,
  StudentRecordError,
} from "../../src/index.js";
import { issuesOf, programWith } from "../helpers.js";

const program = compileProgram(programWith([{ id: "E", type: "course", courses: ["ENG%"], minCredits: "2" }]));
const student = (id: string, credits: string) => ({
  id,
  transcript: [{ courseNumber: "ENG101", credits: [{ type: "English", amount: credits }] }],
});
const students = [student("A", "2"), student("B", "1"), { id: "BAD", transcript: [{}] }, student("C", "3")];

describe("evaluateMany", () => {
  it("yields the same reports as evaluateProgress, one at a time, skipping bad records given onError", () => {
    const errors: [string, number][] = [];
    const reports = [...evaluateMany(program, students, { onError: (e, i) => errors.push([e.name, i]) })];
    expect(reports.map((r) => r.studentId)).toEqual(["A", "B", "C"]);
    expect(reports[1]).toEqual(evaluateProgress(program, students[1]));
    expect(errors).toEqual([["StudentRecordError", 2]]);
  });

  it("is lazy: nothing is evaluated before it is asked for", () => {
    let pulled = 0;
    function* source() {
      for (const s of students.slice(0, 2)) {
        pulled++;
        yield s;
      }
    }
    const iterator = evaluateMany(program, source());
    expect(pulled).toBe(0);
    expect(iterator.next().value?.studentId).toBe("A");
    expect(pulled).toBe(1);
  });

  it("throws the first invalid record without onError", () => {
    expect(() => [...evaluateMany(program, students)]).toThrow(StudentRecordError);
  });

  it("reads an AsyncIterable (a stream) and yields asynchronously", async () => {
    const seen: (string | number | null)[] = [];
    for await (const report of evaluateMany(program, Readable.from(students), { onError: () => undefined })) {
      seen.push(report.studentId);
    }
    expect(seen).toEqual(["A", "B", "C"]);
  });

  it("checks the definition before it returns", () => {
    expect(() => evaluateMany({ id: "P" }, [])).toThrow(ProgramDefinitionError);
  });
});

describe("a compiled artefact altered after compiling", () => {
  it("fails with a ProgramDefinitionError naming the artefact, never a TypeError", () => {
    const json = JSON.parse(JSON.stringify(program));
    json.programs[0].criteria[0].requirements[0].courses = 42;
    json.programs[0].criteria[0].expression = { type: "ref", id: "NOPE" };
    let error: unknown;
    try {
      evaluateProgress(loadCompiledProgram(json), student("A", "1"));
    } catch (e) {
      error = e;
    }
    expect(ProgramDefinitionError.is(error)).toBe(true);
    expect((error as ProgramDefinitionError).issues[0]!.code).toBe("damagedCompiledProgram");
  });

  it("a bad student record is still a StudentRecordError", () => {
    const loaded = loadCompiledProgram(JSON.parse(JSON.stringify(program)));
    expect(() => evaluateProgress(loaded, { transcript: [{}] })).toThrow(StudentRecordError);
  });
});

describe("report detail (DESIGN.md Part II, Report detail)", () => {
  const definition = {
    id: "P",
    name: "P",
    creditGroups: [{ id: "T", name: "Total", minCredits: "1" }],
    criteria: [
      { id: "C", description: "Core", expression: "A AND L", requirements: [
        { id: "A", type: "course", description: "Algebra", courses: ["A%"], minCredits: "1" },
        { id: "L", type: "child", criterion: "D" },
      ] },
      { id: "D", description: "Linked", expression: "T", requirements: [{ id: "T", type: "test", testCodes: ["T"], scoreEvaluation: "oneAtOrAbove", minRawScore: "1" }] },
    ],
  };
  const student = { id: "S", transcript: [{ courseNumber: "A1", credits: [{ type: "X", amount: "1" }] }], tests: [{ testCode: "T", rawScore: "2" }] };

  it("compact keeps statuses and figures and drops listings and static text, at every depth", () => {
    const compiled = compileProgram(definition);
    const full = evaluateProgress(compiled, student);
    const compact = evaluateProgress(compiled, student, { detail: "compact" });
    expect(compact.status).toBe(full.status);
    const text = JSON.stringify(compact);
    for (const key of ['"records"', '"scores"', '"description"', '"expression"', '"name"']) expect(text).not.toContain(key);
    expect(compact.criteria[0]!.requirements[0]).toMatchObject({ id: "A", status: "met", earnedCredits: "1", requiredCredits: "1" });
    expect(compact.creditGroups[0]).toMatchObject({ id: "T", status: "met", earnedCredits: "1" });
    expect(evaluateProgress(compiled, student, { detail: "full" })).toEqual(full);
    expect([...evaluateMany(compiled, [student], { detail: "compact" })]).toEqual([compact]);
  });

  it("detail is the one option allowed beside a compiled program; a bad value is invalidOption", () => {
    const compiled = compileProgram(definition);
    expect(() => evaluateProgress(compiled, student, { detail: "summary" as never })).toThrow(/detail/);
    expect(issuesOf(() => evaluateProgress(compiled, student, { detail: "summary" as never }))).toEqual([["detail", "invalidOption"]]);
  });
});
