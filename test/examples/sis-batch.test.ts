import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: the sample maker is plain JavaScript (Node 20 runs it directly), without types.
import { FILES, INVALID_CELL, makeSample, readDistrictStudents } from "../../examples/sis-batch/make-sample.mjs";
import { compileProgram, evaluateProgress, type ProgressReport } from "../../src/index.js";

const here = new URL("../../examples/sis-batch/", import.meta.url);
const district = new URL("../../examples/district/", import.meta.url);
const read = (dir: URL, file: string) => readFileSync(new URL(file, dir), "utf8");

describe("examples/sis-batch", () => {
  it("the committed CSVs are what make-sample.mjs writes (regenerate: node examples/sis-batch/make-sample.mjs)", () => {
    const files = makeSample(readDistrictStudents()) as Record<string, string>;
    expect(Object.keys(files).sort()).toEqual([...FILES].sort());
    for (const file of FILES) expect(read(here, file), file).toBe(files[file]);
    // The SIS quirks the example is about are still in the samples.
    expect(files["tests.csv"]?.startsWith("\uFEFFstudent_id,")).toBe(true);
    expect(files["tests.csv"]).toMatch(/\r\n$/);
    expect(files["transcript.csv"]).toContain('"Math 8 (middle school, standards-based)"');
    expect(files["transcript.csv"]).toContain(`,${INVALID_CELL.credits},`);
    expect(files["programs.csv"]).toContain("S000001, CTE_PATHWAY, Active\n");
  });

  describe("batch.mjs", () => {
    let outDir: string;
    let run: SpawnSyncReturns<string>;
    beforeAll(() => {
      outDir = mkdtempSync(join(tmpdir(), "sis-batch-"));
      run = spawnSync(process.execPath, ["examples/sis-batch/batch.mjs", "--out", outDir], { encoding: "utf8" });
    });
    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    const students = () => readDistrictStudents() as { id: string }[];
    const validIds = () => students().map((s) => s.id).filter((id) => id !== INVALID_CELL.studentId);
    const reports = () =>
      readFileSync(join(outDir, "reports.ndjson"), "utf8")
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => JSON.parse(line) as ProgressReport);

    it("exits 0, reports the invalid student by id and path, and writes one report per valid student", () => {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/invalid student record S000007: transcript\.1\.credits\.0\.amount \(\w+\)/);
      expect(run.stdout).toMatch(/49 evaluated: met \d+, onTrack \d+, offTrack \d+; 1 invalid \(S000007\)/);
      expect(reports().map((r) => r.studentId)).toEqual(validIds());
    });

    it("summary.csv has the header and one row per valid student", () => {
      const lines = readFileSync(join(outDir, "summary.csv"), "utf8").trimEnd().split("\n");
      expect(lines[0]).toBe(
        "student_id,status,CORE_ACADEMICS,PE_HEALTH,ARTS_WL_CTE,ASSESSMENTS,CUMULATIVE_GPA,ENDORSEMENT,total_credits,cumulative_gpa",
      );
      expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(validIds());
      for (const line of lines.slice(1)) expect(line.split(",")).toHaveLength(10);
    });

    it("the CSV round trip loses nothing: the reports equal evaluating students.ndjson directly", () => {
      const program = compileProgram(JSON.parse(read(district, "program.json")), {
        programs: JSON.parse(read(district, "programs.json")),
      });
      const byId = new Map(students().map((s) => [s.id, s]));

      // A known student, through the summary: S000018 is a transfer student (JSON-number records
      // without status, and a stored cumulative GPA that comes from students.csv).
      const summary = readFileSync(join(outDir, "summary.csv"), "utf8").split("\n");
      const row = summary.find((line) => line.startsWith("S000018,"))!.split(",");
      const direct = evaluateProgress(program, byId.get("S000018"));
      expect(row[1]).toBe(direct.status);
      expect(row[8]).toBe(String(direct.creditGroups.find((g) => g.id === "TOTAL")?.earnedCredits));
      expect(row[9]).toBe("3.8081");

      // And every report, byte for byte.
      for (const report of reports()) {
        expect(JSON.stringify(report), String(report.studentId)).toBe(
          JSON.stringify(evaluateProgress(program, byId.get(String(report.studentId)))),
        );
      }
    });
  });
});
