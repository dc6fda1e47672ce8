import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DISTRICT, PROGRAMS, districtStudents, runCli, tempDir } from "./run-cli.js";

const [first] = districtStudents(1);
const files = tempDir({ "student.json": JSON.stringify(JSON.parse(first!), null, 2), "invalid.json": { transcript: [{}] } });
afterAll(files.remove);

describe.concurrent("explain", () => {
  it("prints one student's report as a tree", async () => {
    const r = await runCli(["explain", ...PROGRAMS, "--student", files.path("student.json")]);
    expect(r.stdout).toMatch(/^. LAKEVIEW_GRAD for student S000001: /);
    expect(r.stdout).toContain("CORE_ACADEMICS");
    expect(r.status).toBe(0);
  });

  it("picks a student from an NDJSON file with --id, and --ascii avoids Unicode", async () => {
    const r = await runCli(["explain", ...PROGRAMS, "--student", join(DISTRICT, "students.ndjson"), "--id", "S000042", "--ascii"]);
    expect(r.stdout).toMatch(/^\[.\] LAKEVIEW_GRAD for student S000042: /);
    expect(r.stdout).toContain("+- ");
    expect(r.stdout).not.toMatch(/[✔◐✘├└│]/);
    expect(r.status).toBe(0);
  });

  it("explains what is wrong: several students without --id, an unknown id, an invalid record", async () => {
    const [several, unknown, invalid] = await Promise.all([
      runCli(["explain", ...PROGRAMS, "-s", join(DISTRICT, "students.ndjson")]),
      runCli(["explain", ...PROGRAMS, "-s", join(DISTRICT, "students.ndjson"), "--id", "S999999"]),
      runCli(["explain", ...PROGRAMS, "-s", "invalid.json"], { cwd: files.dir }),
    ]);
    expect(several.stderr).toContain("holds more than one student; choose one with --id");
    expect(several.status).toBe(1);
    expect(unknown.stderr).toContain('no student with id "S999999"');
    expect(unknown.status).toBe(1);
    expect(invalid.stderr).toContain("invalid.json: transcript.0.courseNumber: is required");
    expect(invalid.status).toBe(1);
  });
});
