import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the generator is plain JavaScript (Node 20 runs it directly), without types.
import { generateStudents, toNdjson } from "../../examples/district/generate.mjs";
import { parse } from "csv-parse/sync";
import { compileProgram, evaluateProgress, formatReportTree, loadRequests } from "../../src/index.js";

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

  it("exclusive allocation moves S000243's AP Computer Science A to where it is needed (the README's walk-through)", () => {
    const program = compileProgram(JSON.parse(read("program.json")), { programs: JSON.parse(read("programs.json")) });
    const student = JSON.parse(read("students.ndjson").split("\n").find((line) => line.includes('"id":"S000243"'))!);
    type Req = { id: string; criterion: string; type: string; records?: { courseNumber: string; counted: boolean; reason?: string; usedBy?: unknown; capped?: boolean; credits: string }[]; result?: { requirements: Req[] } };
    const find = (report: { criteria: { requirements: Req[] }[] }, criterion: string, id: string): Req => {
      const stack = report.criteria.flatMap((c) => c.requirements);
      for (let r = stack.pop(); r !== undefined; r = stack.pop()) {
        if (r.criterion === criterion && r.id === id) return r;
        if (r.type === "child") stack.push(...r.result!.requirements);
      }
      throw new Error(`${criterion}/${id}`);
    };
    const csa = (r: Req) => r.records!.find((x) => x.courseNumber === "CTE250")!;
    const report = evaluateProgress(program, student);
    expect(csa(find(report, "CTE_COURSEWORK", "CTE_CAPSTONE"))).toMatchObject({ counted: true });
    expect(csa(find(report, "MATH", "CS_MATH"))).toMatchObject({ counted: false, reason: "usedElsewhere", usedBy: { criterion: "CTE_COURSEWORK", requirement: "CTE_CAPSTONE" } });
    // The one AP computer science credit math may count is AP CS Principles, earlier in the transcript.
    expect(csa(find(report, "MATH", "MATH_CREDITS"))).toMatchObject({ counted: true, credits: "0", capped: true });
    expect(report.statuses.find((s) => s.status === "CTE_COMPLETER")?.result).toBe("met");
    // A first fit gives the course to MATH/CS_MATH, the first requirement it fits: keeping it out
    // of the capstone (a targeted exclude) shows what that would cost.
    const firstFit = evaluateProgress(program, {
      ...student,
      exceptions: [{ id: "FIRST-FIT", program: "LAKEVIEW_GRAD", kind: "exclude", criterion: "CTE_COURSEWORK", requirement: "CTE_CAPSTONE", record: { courseNumber: "CTE250" } }],
    });
    expect(csa(find(firstFit, "MATH", "CS_MATH"))).toMatchObject({ counted: true });
    expect(firstFit.statuses.find((s) => s.status === "CTE_COMPLETER")?.result).toBe("offTrack");
  });

  it("the README's walk-through shows S000243's tree as explain prints it (each part between the … lines)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("### One course, one requirement"));
    const shown = /```text\n([\s\S]*?)\n```/.exec(section)![1]!.split("\n…\n").map((part) => part.split("\n"));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    const program = compileProgram(JSON.parse(read("program.json")), { programs: JSON.parse(read("programs.json")) });
    const student = JSON.parse(read("students.ndjson").split("\n").find((line) => line.includes('"id":"S000243"'))!);
    const tree = formatReportTree(evaluateProgress(program, student), { ascii: true }).split("\n");
    let from = 0;
    for (const part of shown) {
      const at = tree.findIndex((_, i) => i >= from && part.every((line, k) => tree[i + k] === line));
      expect(at, part.join("\n")).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
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

  it("the most common unmet requirements are counted from report.remaining, muted results never", () => {
    const out = execFileSync(process.execPath, ["examples/district/run.mjs", "--ascii"], { encoding: "utf8" });
    const program = compileProgram(JSON.parse(read("program.json")), { programs: JSON.parse(read("programs.json")) });
    const counts = new Map<string, { offTrack: number; onTrack: number }>();
    for (const line of read("students.ndjson").trim().split("\n")) {
      for (const e of evaluateProgress(program, JSON.parse(line)).remaining) {
        if (e.type === "creditGroup") continue;
        const c = counts.get(`${e.criterion}/${e.id}`) ?? { offTrack: 0, onTrack: 0 };
        c[e.status === "onTrack" ? "onTrack" : "offTrack"] += 1;
        counts.set(`${e.criterion}/${e.id}`, c);
      }
    }
    const lines = out.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Most common unmet requirements, from report.remaining"));
    const rows = lines.slice(at + 1, at + 9).map((l) => /^ {2}(\S+) +(\d+) \/ (\d+)/.exec(l)!);
    expect(rows.every((m) => m !== null)).toBe(true);
    for (const [, key, off, on] of rows) expect({ offTrack: Number(off), onTrack: Number(on) }).toEqual(counts.get(key!));
    const top = [...counts.values()].map((c) => c.offTrack).sort((a, b) => b - a)[0];
    expect(Number(rows[0]![2])).toBe(top);
    // Muted for every student who met college readiness another way: far fewer than the 382 of
    // every student without a Smarter Balanced math score.
    expect(counts.get("COLLEGE_READINESS/SBAC_MATH")?.offTrack ?? 0).toBeLessThan(200);
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
