import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

    it("exits 0, reports the invalid student by id and CSV cell, and writes one report per valid student", () => {
      expect(run.status, run.stderr).toBe(0);
      const line = read(here, "transcript.csv").split("\n").findIndex((text) => text.includes(`,${INVALID_CELL.credits},`)) + 1;
      expect(run.stderr).toBe(
        "invalid student record S000007, skipped:\n" +
          `  transcript.csv row ${line}, column credits: expected a decimal number like "2.5", but found "1.O" (transcript.1.credits.0.amount, invalidNumber)\n`,
      );
      expect(run.stdout).toMatch(/49 evaluated: met \d+, onTrack \d+, offTrack \d+; 1 invalid \(S000007\)/);
      expect(reports().map((r) => r.studentId)).toEqual(validIds());
    });

    it("summary.csv has the header and one row per valid student", () => {
      const lines = readFileSync(join(outDir, "summary.csv"), "utf8").trimEnd().split("\n");
      expect(lines[0]).toBe(
        "student_id,status,CORE_ACADEMICS,PE_HEALTH,ARTS_WL_CTE,ASSESSMENTS,CUMULATIVE_GPA,ENDORSEMENT,COMMUNITY_SERVICE,HONORS,total_credits,cumulative_gpa," +
          "remaining_credits_ENG,remaining_credits_MATH,remaining_credits_SCI,remaining_credits_SOC,remaining_credits_PEH,remaining_credits_ELECTIVES,remaining_credits_TOTAL,still_needed",
      );
      expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(validIds());
      for (const line of lines.slice(1)) expect(line.split(",")).toHaveLength(20);
      // The remaining figures are the reports' own.
      const byId = new Map(reports().map((r) => [String(r.studentId), r]));
      for (const line of lines.slice(1)) {
        const cells = line.split(",");
        const report = byId.get(cells[0]!)!;
        expect(cells.slice(12, 19)).toEqual(report.creditGroups.map((g) => g.remainingCredits));
        expect(cells[19]).toBe(report.remaining.filter((e) => e.type !== "creditGroup").map((e) => `${e.criterion}/${e.id}`).join(" "));
      }
      expect(lines.slice(1).some((line) => line.split(",")[19] !== "")).toBe(true);
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
      expect(row[10]).toBe(String(direct.creditGroups.find((g) => g.id === "TOTAL")?.earnedCredits));
      expect(row[11]).toBe("3.8081");

      // And every report, byte for byte.
      for (const report of reports()) {
        expect(JSON.stringify(report), String(report.studentId)).toBe(
          JSON.stringify(evaluateProgress(program, byId.get(String(report.studentId)))),
        );
      }
    });
  });

  it("names the file, row and column of each bad cell: after empty lines and a multi-line cell, in a CRLF file, on a second credit line", () => {
    const dir = mkdtempSync(join(tmpdir(), "sis-batch-cells-"));
    try {
      for (const file of FILES) copyFileSync(new URL(file, here), join(dir, file));
      // transcript.csv: an empty line after the header and a course name over two lines, so rows
      // and lines differ from record numbers; S000027's cross-credit CTE211 gets a bad Science amount.
      const transcript = read(here, "transcript.csv").split("\n");
      transcript.splice(1, 0, "");
      transcript[2] = transcript[2]!.replace(/,Theatre Arts,/, ',"Theatre\nArts",');
      const science = transcript.findIndex((line) => line.startsWith("S000027,") && line.includes("CTE211") && line.includes(",Science,"));
      transcript[science] = transcript[science]!.replace(",Science,0.5,", ",Science,half,");
      const edited = transcript.join("\n");
      writeFileSync(join(dir, "transcript.csv"), edited);
      // tests.csv (BOM, CRLF): S000003's first score is not a number.
      const tests = read(here, "tests.csv").split("\r\n");
      const score = tests.findIndex((line) => line.startsWith("S000003,"));
      tests[score] = tests[score]!.split(",").map((cell, i) => (i === 5 ? "n/a" : cell)).join(",");
      writeFileSync(join(dir, "tests.csv"), tests.join("\r\n"));

      const result = spawnSync(process.execPath, ["examples/sis-batch/batch.mjs", "--in", dir, "--out", join(dir, "out")], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      const lineOf = (text: string, needle: string) => text.split("\n").findIndex((line) => line.includes(needle)) + 1;
      expect(result.stderr).toContain(`  transcript.csv row ${lineOf(edited, ",Science,half,")}, column credits: expected a decimal number like "2.5", but found "half" (transcript.`);
      expect(result.stderr).toContain(`  tests.csv row ${score + 1}, column raw_score: expected a decimal number like "2.5", but found "n/a" (tests.0.rawScore, invalidNumber)`);
      expect(result.stderr).toContain(`  transcript.csv row ${lineOf(edited, ",1.O,")}, column credits:`);
      expect(lineOf(edited, ",1.O,")).toBe(lineOf(read(here, "transcript.csv"), ",1.O,") + 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
