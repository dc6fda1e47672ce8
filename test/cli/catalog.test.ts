import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DISTRICT, PROGRAMS, runCli, tempDir } from "./run-cli.js";

const CATALOG = join(DISTRICT, "sis-catalog.json");
const catalog = JSON.parse(readFileSync(CATALOG, "utf8")) as { courses: { courseNumber: string }[] };
const files = tempDir({
  "renumbered.json": { ...catalog, courses: catalog.courses.map((c) => (c.courseNumber.startsWith("HHS") ? { ...c, courseNumber: `HLT${c.courseNumber.slice(3)}` } : c)) },
  "retired.json": { ...catalog, courses: catalog.courses.map((c) => (c.courseNumber.startsWith("HHS") ? { ...c, active: false } : c)) },
  "bad.json": { courses: [{ courseNumber: "ENG101", credits: [{ type: "English", amount: "one" }] }], tests: {} },
  "broken.json": '{ "courses": [ }\n',
});
afterAll(files.remove);

describe.concurrent("lint", () => {
  it("the example district lints clean: a count, exit 0", async () => {
    const r = await runCli(["lint", ...PROGRAMS, "--catalog", CATALOG]);
    expect(r).toEqual({ status: 0, stdout: "0 errors, 0 warnings in 3 programs against " + CATALOG + "\n", stderr: "" });
  });

  it("a renumbered course: the finding at its path in the file, exit 1 for the error", async () => {
    const r = await runCli(["lint", ...PROGRAMS, "--catalog", files.path("renumbered.json")]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/program\.json: criteria\[PE_HEALTH\]\.requirements\[HEALTH\]\.courses\.0: warning deadPattern: Requirement "HEALTH".* the pattern "HHS%" in courses matches no course number in the catalog/);
    expect(lines[1]).toMatch(/program\.json: criteria\[PE_HEALTH\]\.requirements\[HEALTH\]: error unreachable: /);
    expect(lines[2]).toBe(`1 error, 1 warning in 3 programs against ${files.path("renumbered.json")}`);
  });

  it("--format json prints the findings with their file and program; --program lints one", async () => {
    const r = await runCli(["lint", ...PROGRAMS, "--program", "LAKEVIEW_GRAD", "-c", files.path("retired.json"), "--format", "json"]);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as { code: string; severity: string; programId: string; file: string; path: unknown[] }[];
    expect(findings.map((f) => [f.code, f.severity, f.programId])).toEqual([
      ["onlyInactive", "warning", "LAKEVIEW_GRAD"],
      ["unreachable", "error", "LAKEVIEW_GRAD"],
    ]);
    expect(findings[0]!.file).toBe(PROGRAMS[1]);
  });

  it("a bad catalog: every problem with its path in the catalog file, exit 1", async () => {
    const r = await runCli(["lint", ...PROGRAMS, "--catalog", files.path("bad.json")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `program-criteria: ${files.path("bad.json")}: courses.0.credits.0.amount: expected a decimal number like \"2.5\", but found \"one\"\n${files.path("bad.json")}: tests: expected a list, but found an object\n`,
    );
  });

  it("a catalog that is not JSON, or missing options: the CLI's usual errors", async () => {
    const broken = await runCli(["lint", ...PROGRAMS, "--catalog", files.path("broken.json")]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(files.path("broken.json"));
    const missing = await runCli(["lint", ...PROGRAMS]);
    expect(missing.status).toBe(64);
    expect(missing.stderr).toContain("--catalog is required");
  });
});

describe.concurrent("preview", () => {
  it("lists each requirement's catalog courses and tests", async () => {
    const r = await runCli(["preview", ...PROGRAMS, "--catalog", CATALOG]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("ENGLISH / ENG9: 2 courses\n    ENG101  English 9\n    ENG111  Honors English 9\n");
    expect(r.stdout).toContain("GPA calculation core: 46 courses\n");
  });

  it("--format json is previewProgram's result; a retired course is marked", async () => {
    const r = await runCli(["preview", ...PROGRAMS, "--catalog", files.path("retired.json"), "-f", "json"]);
    expect(r.status).toBe(0);
    const preview = JSON.parse(r.stdout) as { requirements: { id: string; courses?: { active: boolean }[] }[] };
    expect(preview.requirements.find((q) => q.id === "HEALTH")!.courses!.map((c) => c.active)).toEqual([false]);
    const text = await runCli(["preview", ...PROGRAMS, "--catalog", files.path("retired.json")]);
    expect(text.stdout).toMatch(/PE_HEALTH \/ HEALTH: 1 course\n {4}HHS\w+ {2}.*\(inactive\)\n/);
  });
});
