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
  // Two criteria share an id (so neither can be named by it), one has an id with a space, one has none.
  "duplicates.json": smallProgram({
    criteria: [
      { ...criterion, requirements: [{ ...criterion.requirements[0], minCredits: undefined }, criterion.requirements[1]] },
      criterion,
      { ...criterion, id: "A B", requirements: [{ ...criterion.requirements[0], minCredits: undefined }] },
      { expression: "ENG9", requirements: [{ ...criterion.requirements[0], minCredits: undefined }] },
    ],
  }),
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

  it("reports programs named but not given as problems of the file that names them, in the tool's words", async () => {
    const r = await runCli(["check", join(DISTRICT, "program.json")]);
    expect(r.stdout).toContain(
      `${join(DISTRICT, "program.json")}: criteria[ENDORSEMENT].requirements[PATHWAY_OR_SEAL].programs.0: ` +
        'no program "CTE_PATHWAY" among the definitions given on the command line\n',
    );
    expect(r.stdout).not.toContain("options.programs");
    expect(r.status).toBe(1);
  });

  it("shows an expression syntax error with the expression and a caret beneath", async () => {
    const r = await runCli(["check", "syntax.json"], { cwd: files.dir });
    expect(r.stdout).toBe(
      "syntax.json: criteria[ENGLISH].expression: Expected AND, OR or the end of the expression after `ENG9`, but found `ANDD` (line 1, column 6):\n" +
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
      "set.json: [Q].criteria[ENGLISH].requirements[ENG10].minCredits: must be greater than 0, but is 0\n" +
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
    expect(r.stdout).toMatch(/^2 problems, 0 warnings in 2 files \(no file could be loaded, so nothing was validated\)$/m);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
  });

  it("says something true of one file that cannot be loaded, and of a set with one missing", async () => {
    const [one, some] = await Promise.all([
      runCli(["check", "missing.json"], { cwd: files.dir }),
      runCli(["check", "valid.json", "missing.json"], { cwd: files.dir }),
    ]);
    expect(one.stdout).toBe("missing.json: cannot read: no such file\n1 problem, 0 warnings in 1 file (the file could not be loaded, so nothing was validated)\n");
    expect(some.stdout).toBe(
      "missing.json: cannot read: no such file\n" +
        "1 problem, 0 warnings in 2 files (the other files were not validated: without every file of the set they would show false problems, such as unknown programs)\n",
    );
  });

  it("names elements by index where an id cannot name them: duplicates, odd ids, no id", async () => {
    const r = await runCli(["check", "duplicates.json"], { cwd: files.dir });
    expect(r.stdout).toBe(
      "duplicates.json: criteria.0.requirements[ENG9].minCredits: is required\n" +
        "duplicates.json: criteria.2.requirements[ENG9].minCredits: is required\n" +
        "duplicates.json: criteria.3.id: is required\n" +
        "duplicates.json: criteria.3.requirements[ENG9].minCredits: is required\n" +
        "4 problems, 0 warnings in 1 file (1 program definition)\n",
    );
  });

  it("needs at least one file (usage, exit 64)", async () => {
    const r = await runCli(["check"]);
    expect(r.stderr).toContain("give at least one definitions file");
    expect(r.stderr).toContain("Usage: program-criteria check");
    expect(r.status).toBe(64);
  });
});
