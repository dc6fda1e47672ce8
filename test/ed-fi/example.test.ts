import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromEdFi } from "../../src/ed-fi.js";
import { compileProgram, evaluateProgress } from "../../src/index.js";
import { gbOptions, sample } from "./helpers.js";

/* examples/ed-fi/run.mjs: the Grand Bend sample through the adapter into reports and a CSV summary. */

describe("examples/ed-fi", () => {
  let outDir: string;
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), "ed-fi-example-"));
    run = spawnSync(process.execPath, ["examples/ed-fi/run.mjs", "--out", outDir], { encoding: "utf8" });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const lines = (file: string) => readFileSync(join(outDir, file), "utf8").trimEnd().split("\n");

  it("runs, and says what it did", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Grand Bend ISD \(Ed-Fi sample\): 97 students from /);
    expect(run.stdout).toContain("GRAND_BEND_GRAD: met 0, on track 0, off track 97");
    expect(run.stdout).toContain("COLLEGE_READINESS: met by 12");
    expect(run.stdout).toContain("[ ] GRAND_BEND_GRAD for student 604837: off track");
  });

  it("the reports are the library's: fromEdFi then evaluateProgress", () => {
    const program = compileProgram(JSON.parse(readFileSync("examples/ed-fi/program.json", "utf8")));
    const { students } = fromEdFi(sample(), gbOptions());
    expect(lines("reports.ndjson")).toEqual(students.map((s) => JSON.stringify(evaluateProgress(program, s))));
    expect(lines("students.ndjson")).toEqual(students.map((s) => JSON.stringify(s)));
  });

  it("summary.csv: a header and one row per student; warnings.csv: one row per warning", () => {
    const summary = lines("summary.csv");
    expect(summary[0]).toBe("student_id,status,ENGLISH,MATHEMATICS,SCIENCE,SOCIAL_STUDIES,LANGUAGES,ARTS,HEALTH,COLLEGE_READINESS,GPA,college_ready,total_credits,cumulative_gpa,act_composite,programs");
    expect(summary).toHaveLength(98);
    expect(summary.find((row) => row.startsWith("604837,"))).toContain(",13,3.7143,,");
    expect(lines("warnings.csv")).toHaveLength(301);
  });

  it("the graduation plan becomes a definition that compiles", () => {
    const plan = JSON.parse(readFileSync(join(outDir, "graduation-plan-program.json"), "utf8"));
    expect(compileProgram(plan).programId).toBe("255901001-Recommended-2024");
  });
});
