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
import { programWith } from "../helpers.js";

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
