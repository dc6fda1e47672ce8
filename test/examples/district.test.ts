import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the generator is plain JavaScript (Node 20 runs it directly), without types.
import { generateStudents, toNdjson } from "../../examples/district/generate.mjs";
import { parse } from "csv-parse/sync";
import { compileProgram, evaluateProgress, loadRequests } from "../../src/index.js";

const dir = new URL("../../examples/district/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), "utf8");

describe("examples/district", () => {
  it("students.ndjson is what the generator writes (regenerate: node examples/district/generate.mjs)", () => {
    expect(read("students.ndjson")).toBe(toNdjson(generateStudents()));
  });

  it("the program and every student are valid, and the outcomes are mixed", () => {
    const program = compileProgram(JSON.parse(read("program.json")), { programs: JSON.parse(read("programs.json")) });
    const lines = read("students.ndjson").trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(300);
    const statuses = new Map<string, number>();
    for (const line of lines) {
      const report = evaluateProgress(program, JSON.parse(line));
      statuses.set(report.status, (statuses.get(report.status) ?? 0) + 1);
    }
    for (const status of ["met", "onTrack", "offTrack"]) expect(statuses.get(status) ?? 0).toBeGreaterThan(10);
  });

  it("the README's main job prints the summary and a student's tree", () => {
    const out = execFileSync(process.execPath, ["examples/district/run.mjs", "--student", "S000004", "--ascii"], {
      encoding: "utf8",
    });
    expect(out).toMatch(/400 students evaluated/);
    expect(out).toMatch(/^ {2}met +\d+/m);
    expect(out).toMatch(/Most common unmet requirements/);
    expect(out).toMatch(/LAKEVIEW_GRAD for student S000004/);
    expect(out).toContain("+- Criteria");
  });

  it("an unknown --student is an error naming a few known ids, not another student's report", () => {
    const run = spawnSync(process.execPath, ["examples/district/run.mjs", "--student", "NOPE"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe('No student with id "NOPE" in students.ndjson: ids run S000001, S000002, S000003, … S000400 (400 students).\n');
  });

  it("requests.csv and sections.csv name the district's students and courses, and the CTE pathway's priority works on them", () => {
    const students = read("students.ndjson").trim().split("\n").map((line) => JSON.parse(line) as { id: string });
    const courses = new Set((JSON.parse(read("catalog.json")) as { courseNumber: string }[]).map((c) => c.courseNumber));
    const requests = parse(read("requests.csv"), { columns: true }) as { studentId: string; courseNumber: string }[];
    const sections = (parse(read("sections.csv"), { columns: true }) as { id: string; courseNumber: string; capacity: string }[]).map((s) => ({ ...s, capacity: Number(s.capacity) }));
    const known = new Set(students.map((s) => s.id));
    // One request names no student on purpose, to show the unknownStudent reason.
    expect(requests.filter((r) => !known.has(r.studentId)).map((r) => r.studentId)).toEqual(["S009999"]);
    for (const r of requests) expect(courses.has(r.courseNumber)).toBe(true);
    for (const s of sections) expect(courses.has(s.courseNumber)).toBe(true);
    const programs = JSON.parse(read("programs.json")) as { id: string }[];
    const program = compileProgram(programs.find((p) => p.id === "CTE_PATHWAY"), { programs: [JSON.parse(read("program.json")), ...programs.filter((p) => p.id !== "CTE_PATHWAY")] });
    const result = loadRequests({ program, students, requests, sections, seed: 2026 });
    const cte = result.sections.filter((s) => s.courseNumber === "CTE221").flatMap((s) => s.roster);
    expect(cte.filter((e) => e.priority).length).toBeGreaterThan(0);
    expect(result.unplaced.filter((u) => u.courseNumber === "CTE221" && u.reason === "full").length).toBeGreaterThan(0);
    expect(new Set(result.unplaced.map((u) => u.reason))).toEqual(new Set(["full", "noSection", "unknownStudent"]));
  });
});
