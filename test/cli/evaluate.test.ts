import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROGRAMS, districtStudents, runCli, smallProgram, tempDir, type CliResult } from "./run-cli.js";

const twenty = districtStudents(20);
const idsOf = (lines: string[]) => lines.map((line) => JSON.parse(line).id as string);

// Line 5 is not JSON, line 9 lacks a course number, line 12 is blank (skipped without a word).
const withBadLines = [...twenty];
withBadLines[4] = '{"id":"BROKEN", oops}';
withBadLines[8] = withBadLines[8]!.replace(/"courseNumber":"[A-Z0-9]+",/, "");
withBadLines[11] = "   ";

// The whole district with the same two bad lines in the middle: several batches per worker.
const district = districtStudents(400);
const districtWithBadLines = [...district.slice(0, 150), '{"id":', ...district.slice(150, 300), '{"id":"X","transcript":[{}]}', ...district.slice(300)];

const files = tempDir({
  "students.ndjson": `${twenty.join("\n")}\n`,
  "bad-lines.ndjson": `${withBadLines.join("\n")}\n`,
  "district-bad-lines.ndjson": `${districtWithBadLines.join("\n")}\n`,
  "invalid-program.json": smallProgram({ criteria: [{ ...smallProgram().criteria[0], expression: "ENG9 AND" }] }),
});
afterAll(files.remove);
const students = files.path("students.ndjson");

// The reference every format and mode is compared with: NDJSON of the twenty students, one job.
let baseline: CliResult;
let reports: { studentId: string; status: string; programId: string }[];
beforeAll(async () => {
  baseline = await runCli(["evaluate", ...PROGRAMS, students]);
  reports = baseline.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
});

describe.concurrent("evaluate", () => {
  it("writes one report JSON per line, in input order, and a summary on stderr", () => {
    expect(reports.map((x) => x.studentId)).toEqual(idsOf(twenty));
    expect(reports[0]).toMatchObject({ programId: "LAKEVIEW_GRAD", studentId: "S000001" });
    expect(baseline.stderr).toMatch(/^20 students: \d+ met, \d+ on track, \d+ off track; 0 lines skipped; [\d.]+ s \(\d+ students\/s\)\n$/);
    expect(baseline.status).toBe(0);
  });

  it("reads standard input with `-`, giving the same output as the file", async () => {
    const fromStdin = await runCli(["evaluate", ...PROGRAMS, "-"], { input: readFileSync(students, "utf8") });
    expect(fromStdin.stdout).toBe(baseline.stdout);
    expect(fromStdin.status).toBe(0);
  });

  it("writes CSV: a header, one row per student with the same statuses", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, "--format", "csv", students]);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const header = Object.keys(rows[0]!);
    expect(header.slice(0, 4)).toEqual(["studentId", "programId", "status", "criterion.CORE_ACADEMICS"]);
    expect(header).toContain("creditGroup.MATH.earned");
    expect(header).toContain("studentStatus.COLLEGE_READY");
    expect(header.slice(-3)).toEqual(["warnings", "exceptions", "orphanExceptions"]);
    expect(rows.map((row) => row["studentId"])).toEqual(idsOf(twenty));
    expect(rows.map((row) => row["status"])).toEqual(reports.map((report) => report.status));
    expect(rows[0]!["creditGroup.TOTAL.required"]).toBe("24");
  });

  it("CSV has each credit group's remaining credits and the report's remaining requirements", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, "--format", "csv", students]);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const full = reports as unknown as { creditGroups: { id: string; remainingCredits: string }[]; remaining: { type: string; criterion?: string; id: string }[] }[];
    expect(Object.keys(rows[0]!).filter((k) => k.startsWith("creditGroup.TOTAL."))).toEqual(
      ["status", "earned", "projected", "required", "remaining"].map((f) => `creditGroup.TOTAL.${f}`),
    );
    rows.forEach((row, i) => {
      for (const g of full[i]!.creditGroups) expect(row[`creditGroup.${g.id}.remaining`]).toBe(g.remainingCredits);
      const needed = full[i]!.remaining.filter((e) => e.type !== "creditGroup").map((e) => `${e.criterion}/${e.id}`);
      expect(row["remaining"]).toBe(needed.join(" "));
    });
    expect(rows.some((row) => row["remaining"] !== "")).toBe(true);
    expect(rows.some((row) => row["creditGroup.TOTAL.remaining"] !== "0")).toBe(true);
  });

  it("CSV ends with the exceptions applied (ids) and the number of orphan exceptions", async () => {
    const ex = (id: string, extra: Record<string, unknown>) => ({ id, program: "LAKEVIEW_GRAD", kind: "waive", ...extra });
    const student = { id: "E1", exceptions: [ex("EX-1", { criterion: "PE_HEALTH" }), ex("EX-2", { criterion: "RENAMED" }), ex("EX-3", { creditGroup: "TOTAL" })] };
    const r = await runCli(["evaluate", ...PROGRAMS, "-f", "csv", "-"], { input: `${JSON.stringify(student)}
${JSON.stringify({ id: "E2" })}
` });
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row["exceptions"], row["orphanExceptions"], row["warnings"]])).toEqual([
      ["EX-1 EX-3", "1", "orphanException"],
      ["", "0", ""],
    ]);
  });

  it("quotes CSV fields holding commas, quotes and line breaks", async () => {
    const odd = JSON.stringify({ id: 'S,"1"\nX', transcript: [] });
    const r = await runCli(["evaluate", ...PROGRAMS, "-f", "csv", "-"], { input: `${odd}\n` });
    expect(r.stdout.split("\n")[1]).toBe('"S,""1""');
    expect((parse(r.stdout, { columns: true }) as Record<string, string>[])[0]!["studentId"]).toBe('S,"1"\nX');
  });

  it("--format summary writes only a table of counts by status", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, "-f", "summary", students]);
    const count = (status: string) => reports.filter((report) => report.status === status).length;
    expect(r.stdout).toMatch(/^20 students evaluated, 0 lines skipped\n/);
    const program = r.stdout.split("\n").find((line) => line.startsWith("program LAKEVIEW_GRAD"))!;
    expect(program.split(/\s+/).slice(2).map(Number)).toEqual([count("met"), count("onTrack"), count("offTrack")]);
    expect(r.stdout).toContain("\ncredit groups\n  ENG ");
    expect(r.status).toBe(0);
  });

  it("--format summary counts what students still need from report.remaining, most off track first", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, "-f", "summary", students]);
    const full = reports as unknown as { remaining: { type: string; criterion?: string; id: string; status: string }[] }[];
    const tally = new Map<string, [number, number]>();
    for (const report of full) {
      for (const e of report.remaining) {
        if (e.type === "creditGroup") continue;
        const counts = tally.get(`${e.criterion}/${e.id}`) ?? [0, 0];
        counts[e.status === "onTrack" ? 0 : 1] += 1;
        tally.set(`${e.criterion}/${e.id}`, counts);
      }
    }
    const lines = r.stdout.split("\n");
    const at = lines.indexOf("still needed (report.remaining)");
    expect(at).toBeGreaterThan(0);
    const rows = lines.slice(at + 1).filter((l) => /^ {2}\S+( +\d+){3}$/.test(l));
    expect(rows.length).toBe(Math.min(10, tally.size));
    for (const row of rows) {
      const [key, met, onTrack, offTrack] = row.trim().split(/\s+/);
      expect([Number(met), Number(onTrack), Number(offTrack)]).toEqual([0, ...tally.get(key!)!]);
    }
    // Most students off track first.
    const offTrack = rows.map((row) => Number(row.trim().split(/\s+/)[3]));
    expect(offTrack).toEqual([...offTrack].sort((a, b) => b - a));
    if (tally.size > 10) expect(lines).toContain(`  … ${tally.size - 10} more requirements`);
  });

  it("reports a malformed line with its number and each issue's path, skips it, evaluates the rest, exits 2", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, files.path("bad-lines.ndjson")]);
    expect(r.stderr).toContain("line 5: invalid JSON at column 17: Expected double-quoted property name\n");
    expect(r.stderr).toContain('line 9 (student "S000009"): transcript.0.courseNumber: is required\n');
    expect(r.stderr).toMatch(/^17 students: .*; 2 lines skipped;/m);
    const ids = r.stdout.trimEnd().split("\n").map((line) => JSON.parse(line).studentId);
    expect(ids).toEqual(idsOf(twenty).filter((_, i) => ![4, 8, 11].includes(i)));
    expect(r.status).toBe(2);
  });

  it("--jobs 2 and 3 and the default give byte-identical output and the same messages as --jobs 1", async () => {
    // 2.6 MB: about ten chunks, so the workers finish out of order.
    const file = files.path("district-bad-lines.ndjson");
    const [one, two, three, byDefault] = await Promise.all([
      runCli(["evaluate", ...PROGRAMS, "--jobs", "1", file]),
      runCli(["evaluate", ...PROGRAMS, "--jobs", "2", file]),
      runCli(["evaluate", ...PROGRAMS, "-j", "3", file]),
      runCli(["evaluate", ...PROGRAMS, file]),
    ]);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect(byDefault.stdout).toBe(one.stdout);
    for (const r of [two, three, byDefault]) expect(r.stderr.replace(/; [\d.]+ s .*/, "")).toBe(one.stderr.replace(/; [\d.]+ s .*/, ""));
    expect(two.stdout.trimEnd().split("\n").map((line) => JSON.parse(line).studentId)).toEqual(idsOf(district));
    const messages = (r: CliResult) => r.stderr.split("\n").filter((line) => line.startsWith("line "));
    expect(messages(two)).toEqual(["line 151: invalid JSON at column 7: Unexpected end of the text", 'line 302 (student "X"): transcript.0.courseNumber: is required']);
    expect(messages(two)).toEqual(messages(one));
    expect(two.stderr).toMatch(/^400 students: .*; 2 lines skipped;/m);
    expect(two.status).toBe(2);
  });

  it("CSV output does not depend on the number of jobs either", async () => {
    const file = files.path("district-bad-lines.ndjson");
    const [one, two] = await Promise.all([
      runCli(["evaluate", ...PROGRAMS, "-f", "csv", "--jobs", "1", file]),
      runCli(["evaluate", ...PROGRAMS, "-f", "csv", "--jobs", "2", file]),
    ]);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split("\n")).toHaveLength(1 + 400 + 1);
  });

  it("--output writes the file and leaves stdout empty", async () => {
    const out = files.path("out.ndjson");
    const r = await runCli(["evaluate", ...PROGRAMS, "-o", out, students]);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(baseline.stdout);
  });

  it("--program picks the program; the others are the programs it may name", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, "--program", "SEAL_OF_BILITERACY", students]);
    expect(JSON.parse(r.stdout.split("\n")[0]!).programId).toBe("SEAL_OF_BILITERACY");
    const unknown = await runCli(["evaluate", ...PROGRAMS, "--program", "NOPE", students]);
    expect(unknown.stderr).toContain('no program with id "NOPE"');
    expect(unknown.status).toBe(1);
  });

  it("prints definition problems like check and exits 1 without evaluating", async () => {
    const r = await runCli(["evaluate", "-p", "invalid-program.json", students], { cwd: files.dir });
    expect(r.stderr).toMatch(/^invalid-program\.json: criteria\[ENGLISH\]\.expression: .*\n {4}ENG9 AND\n {12}\^/);
    expect(r.stdout).toBe("");
    expect(r.status).toBe(1);
  });

  it("a missing students file is a clear error, exit 1", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, files.path("nope.ndjson")]);
    expect(r.stderr).toBe(`program-criteria: ${files.path("nope.ndjson")}: cannot read: no such file\n`);
    expect(r.status).toBe(1);
  });

  it("rejects a bad option value or a missing --programs with usage, exit 64", async () => {
    const results = await Promise.all([
      runCli(["evaluate", ...PROGRAMS, "--format", "xml", students]),
      runCli(["evaluate", ...PROGRAMS, "--jobs", "0", students]),
      runCli(["evaluate", students]),
    ]);
    for (const r of results) {
      expect(r.stderr).toContain("Usage: program-criteria evaluate");
      expect(r.status).toBe(64);
    }
    expect(results.map((r) => r.stderr.split("\n")[0])).toEqual([
      'program-criteria: --format must be one of ndjson, csv, summary, but is "xml"',
      'program-criteria: --jobs must be a whole number from 1 to 256, but is "0"',
      "program-criteria: --programs is required",
    ]);
  });
});
