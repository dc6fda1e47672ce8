import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/cli/csv-read.js";
import { DISTRICT, PROGRAMS, districtStudents, runCli, smallProgram, tempDir } from "./run-cli.js";

const DISTRICT_RUN = [
  "schedule", ...PROGRAMS, "--program", "CTE_PATHWAY",
  "--students", join(DISTRICT, "students.ndjson"),
  "--requests", join(DISTRICT, "requests.csv"),
  "--sections", join(DISTRICT, "sections.csv"),
];

const students = districtStudents(3);
const ids = students.map((line) => (JSON.parse(line) as { id: string }).id);
const files = tempDir({
  "program.json": smallProgram(),
  "students.ndjson": students.join("\n"),
  "students.csv": "id\nS1\n",
  "requests.ndjson": ids.map((studentId) => JSON.stringify({ studentId, courseNumber: "ART101" })).join("\n"),
  "sections.ndjson": JSON.stringify({ id: "ART-1", courseNumber: "ART101", capacity: 2 }),
  "bad-requests.csv": `studentId,courseNumber\n${ids[0]},ART101\n${ids[1]},\n`,
  "bad-sections.csv": 'id,courseNumber,capacity\nART-1,ART101,-1\n"ART-1","ART101",2\n',
  "dup-sections.csv": 'id,courseNumber,capacity\nART-1,ART101,1\n"ART-1","ART102",2\n',
  "no-header.csv": "student,course\nS1,ART101\n",
});
afterAll(files.remove);
const small = (...rest: string[]) => ["schedule", "-p", files.path("program.json"), "--students", files.path("students.ndjson"), ...rest];

describe.concurrent("schedule", () => {
  it("places the district's requests: pathway students who still need an advanced CTE course first", async () => {
    const r = await runCli([...DISTRICT_RUN, "--seed", "2026"]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as { sections: { id: string; courseNumber: string; roster: { studentId: string; priority: boolean; requirements: unknown[] }[] }[]; unplaced: { reason: string }[] };
    const cte = result.sections.filter((s) => s.courseNumber === "CTE221").flatMap((s) => s.roster);
    expect(result.sections.map((s) => [s.id, s.roster.length])).toEqual([["CTE221-1", 6], ["CTE221-2", 4], ["SCI350-1", 8]]);
    const firstOther = cte.findIndex((e) => !e.priority);
    expect(firstOther).toBeGreaterThan(0);
    expect(cte.slice(firstOther).every((e) => !e.priority)).toBe(true);
    expect(cte[0]!.requirements).toEqual([{ criterion: "PATHWAY_COURSES", id: "CTE_ADVANCED" }]);
    expect(new Set(result.unplaced.map((u) => u.reason))).toEqual(new Set(["full", "noSection", "unknownStudent"]));
    expect(r.stderr).toMatch(/^schedule: 18 of 27 requests placed in 3 sections \(\d+ priority\); unplaced: 7 full, 1 noSection, 1 unknownStudent\n$/);
  });

  it("gives the same rosters for the same seed", async () => {
    const [a, b] = await Promise.all([runCli([...DISTRICT_RUN, "--seed=-7"]), runCli([...DISTRICT_RUN, "--seed=-7"])]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it("reads requests and sections as NDJSON when the name does not end in .csv", async () => {
    const r = await runCli(small("--requests", files.path("requests.ndjson"), "--sections", files.path("sections.ndjson"), "-o", files.path("out.json")));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("2 of 3 requests placed in 1 section (0 priority); unplaced: 1 full");
  });

  it("names the file and line of a bad request or section", async () => {
    const [requests, sections, duplicate] = await Promise.all([
      runCli(small("--requests", files.path("bad-requests.csv"), "--sections", files.path("sections.ndjson"))),
      runCli(small("--requests", files.path("requests.ndjson"), "--sections", files.path("bad-sections.csv"))),
      runCli(small("--requests", files.path("requests.ndjson"), "--sections", files.path("dup-sections.csv"))),
    ]);
    expect(requests.status).toBe(1);
    expect(requests.stderr).toContain(`${files.path("bad-requests.csv")}: line 3: courseNumber: is required`);
    expect(sections.status).toBe(1);
    expect(sections.stderr).toContain(`${files.path("bad-sections.csv")}: line 2: capacity: must be at least 0, but found -1`);
    expect(duplicate.stderr).toContain(`${files.path("dup-sections.csv")}: line 3: id: section id "ART-1" is already used`);
    expect(requests.stdout + sections.stdout).toBe("");
  });

  it("refuses a CSV without the columns, CSV students, a bad seed and missing files", async () => {
    const [header, csvStudents, seed, missing] = await Promise.all([
      runCli(small("--requests", files.path("no-header.csv"), "--sections", files.path("sections.ndjson"))),
      runCli(["schedule", "-p", files.path("program.json"), "--students", files.path("students.csv"), "--requests", files.path("requests.ndjson"), "--sections", files.path("sections.ndjson")]),
      runCli(small("--requests", files.path("requests.ndjson"), "--sections", files.path("sections.ndjson"), "--seed", "1.5")),
      runCli(small("--sections", files.path("sections.ndjson"))),
    ]);
    expect(header.status).toBe(1);
    expect(header.stderr).toContain("the header row must name the columns studentId, courseNumber (missing: studentId, courseNumber)");
    expect(csvStudents.status).toBe(64);
    expect(csvStudents.stderr).toContain("--students takes NDJSON");
    expect(seed.status).toBe(64);
    expect(seed.stderr).toContain("--seed must be a whole number");
    expect(missing.status).toBe(64);
    expect(missing.stderr).toContain("--requests is required");
  });

  it("has a help text", async () => {
    const r = await runCli(["schedule", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: program-criteria schedule /);
    expect(r.stdout).toContain("--sections FILE");
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and skips blank lines", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n\n"two\nlines",\n')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ["a", "b"] },
        { line: 2, fields: ["x, y", 'say "hi"'] },
        { line: 4, fields: ["two\nlines", ""] },
      ],
    });
    expect(parseCsv("a,b")).toEqual({ ok: true, records: [{ line: 1, fields: ["a", "b"] }] });
  });

  it("names the line of malformed quoting", () => {
    expect(parseCsv('a\n"open')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a\nb"c\n')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a\n"b"c\n')).toMatchObject({ ok: false, line: 2 });
  });
});
