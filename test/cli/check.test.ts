import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DISTRICT, runCli, smallProgram, tempDir } from "./run-cli.js";

const criterion = smallProgram().criteria[0]!;
const files = tempDir({
  "valid.json": smallProgram(),
  "syntax.json": smallProgram({ criteria: [{ ...criterion, expression: "ENG9 ANDD ENG10" }] }),
  "typo.json": smallProgram({ setings: {} }),
  "set.json": [
    smallProgram({ criteria: [{ id: "C", expression: "X", requirements: [{ id: "X", type: "program", programs: ["Q"], minRequired: 1 }] }] }),
    smallProgram({ id: "Q", criteria: [{ ...criterion, requirements: [criterion.requirements[0], { ...criterion.requirements[1], minCredits: "0" }] }] }),
  ],
  "mixed.json": smallProgram({ criteria: [criterion, { ...criterion, id: "OTHER", displayOrder: undefined }] }),
  "broken.json": '{\n  "id": "P",\n  "criteria": [}\n',
});
afterAll(files.remove);

describe.concurrent("check", () => {
  it("accepts a valid definition: a count, exit 0", async () => {
    const r = await runCli(["check", files.path("valid.json")]);
    expect(r.stdout).toBe("0 problems, 0 warnings in 1 file (1 program definition)\n");
    expect(r.status).toBe(0);
  });

  it("accepts the district when program.json and programs.json are checked together", async () => {
    const r = await runCli(["check", join(DISTRICT, "program.json"), join(DISTRICT, "programs.json")]);
    expect(r.stdout).toBe("0 problems, 0 warnings in 2 files (3 program definitions)\n");
    expect(r.status).toBe(0);
  });

  it("reports programs named but not given as problems of the file that names them", async () => {
    const r = await runCli(["check", join(DISTRICT, "program.json")]);
    expect(r.stdout).toContain(`${join(DISTRICT, "program.json")}: criteria.11.requirements.0.programs.0: no program "CTE_PATHWAY"`);
    expect(r.status).toBe(1);
  });

  it("shows an expression syntax error with the expression and a caret beneath", async () => {
    const r = await runCli(["check", "syntax.json"], { cwd: files.dir });
    expect(r.stdout).toBe(
      "syntax.json: criteria.0.expression: Expected AND, OR or the end of the expression after `ENG9`, but found `ANDD` (line 1, column 6):\n" +
        "    ENG9 ANDD ENG10\n" +
        "         ^^^^\n" +
        "1 problem, 0 warnings in 1 file (1 program definition)\n",
    );
    expect(r.status).toBe(1);
  });

  it("names an unknown key", async () => {
    const r = await runCli(["check", "typo.json"], { cwd: files.dir });
    expect(r.stdout).toContain('typo.json: (root): unknown key "setings"');
    expect(r.status).toBe(1);
  });

  it("validates an array as a set: references between its programs resolve, paths start at the index", async () => {
    const r = await runCli(["check", "set.json"], { cwd: files.dir });
    expect(r.stdout).toBe(
      "set.json: 1.criteria.0.requirements.1.minCredits: must be greater than 0, but is 0\n" +
        "1 problem, 0 warnings in 1 file (2 program definitions)\n",
    );
    expect(r.status).toBe(1);
  });

  it("prints warnings the definition causes and still exits 0", async () => {
    const r = await runCli(["check", "mixed.json"], { cwd: files.dir });
    expect(r.stdout).toMatch(/^mixed\.json: criteria: warning: .*displayOrder/);
    expect(r.stdout).toContain("0 problems, 1 warning in 1 file");
    expect(r.status).toBe(0);
  });

  it("names the file, line and column of invalid JSON, and an unreadable file", async () => {
    const r = await runCli(["check", "broken.json", "missing.json"], { cwd: files.dir });
    expect(r.stdout).toContain("broken.json: invalid JSON at line 3, column 16: Unexpected token '}'\n      \"criteria\": [}\n");
    expect(r.stdout).toContain("missing.json: cannot read: no such file\n");
    expect(r.stdout).toMatch(/^2 problems, 0 warnings in 2 files/m);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
  });

  it("needs at least one file (usage, exit 64)", async () => {
    const r = await runCli(["check"]);
    expect(r.stderr).toContain("give at least one definitions file");
    expect(r.stderr).toContain("Usage: program-criteria check");
    expect(r.status).toBe(64);
  });
});
