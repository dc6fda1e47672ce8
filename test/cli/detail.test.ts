import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress } from "../../src/index.js";
import { DISTRICT, PROGRAMS, districtStudents, runCli, tempDir } from "./run-cli.js";

// `evaluate --detail`: the NDJSON line is the library's report at that detail, whatever --jobs is.
const students = districtStudents(30);
const files = tempDir({ "students.ndjson": `${students.join("\n")}\n` });
afterAll(files.remove);
const input = files.path("students.ndjson");

const read = (file: string): unknown => JSON.parse(readFileSync(join(DISTRICT, file), "utf8"));
const program = compileProgram(read("program.json"), { programs: read("programs.json") as unknown[] });
const expected = (detail: "full" | "compact") =>
  students.map((line) => `${JSON.stringify(evaluateProgress(program, JSON.parse(line), { detail }))}\n`).join("");

describe.concurrent("evaluate --detail", () => {
  it("full, the default, writes the library's full report", async () => {
    const [plain, full] = await Promise.all([runCli(["evaluate", ...PROGRAMS, input]), runCli(["evaluate", ...PROGRAMS, "--detail", "full", input])]);
    expect(full.status).toBe(0);
    expect(full.stdout).toBe(plain.stdout);
    expect(full.stdout).toBe(expected("full"));
  });

  it("compact writes the library's compact report, the same with workers", async () => {
    const [one, two] = await Promise.all([
      runCli(["evaluate", ...PROGRAMS, "--detail", "compact", "--jobs", "1", input]),
      runCli(["evaluate", ...PROGRAMS, "--detail", "compact", "--jobs", "2", input]),
    ]);
    expect(one.status).toBe(0);
    expect(one.stdout).toBe(expected("compact"));
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).not.toContain('"records"');
    expect(one.stdout.length).toBeLessThan(expected("full").length);
  });

  it("leaves CSV and the summary as they are", async () => {
    for (const format of ["csv", "summary"]) {
      const [full, compact] = await Promise.all([
        runCli(["evaluate", ...PROGRAMS, "--format", format, input]),
        runCli(["evaluate", ...PROGRAMS, "--format", format, "--detail", "compact", input]),
      ]);
      expect(compact.status).toBe(0);
      expect(compact.stdout).toBe(full.stdout);
    }
  });

  it("refuses any other detail with a usage error", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, "--detail", "brief", input]);
    expect(r.status).toBe(64);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('program-criteria: --detail must be one of full, compact, but is "brief"');
  });
});
