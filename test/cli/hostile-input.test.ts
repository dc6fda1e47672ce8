import { existsSync, linkSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { basename } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROGRAMS, districtStudents, runCli, smallProgram, tempDir } from "./run-cli.js";

// DESIGN.md §8, CLI: nothing the input holds may destroy the input, split a record, hide a
// student's id or rewrite the terminal.
const [first, second, third] = districtStudents(3) as [string, string, string];
const idOf = (line: string) => JSON.parse(line).id as string;

const manyBadRecords = JSON.stringify({ id: "MANY", transcript: Array.from({ length: 150 }, () => ({})) });
const files = tempDir({
  "students.ndjson": `${first}\n${second}\n`,
  "program.json": smallProgram(),
  // Windows line endings, a record with a bare \r between two of its values, then a bad line.
  "crlf.ndjson": `${first}\r\n${second.replace('"transcript":', '\r"transcript":')}\r\n${third}\r\n{"id":"BAD","transcript":[{}]}\r\n`,
  "many.ndjson": `${manyBadRecords}\n`,
  "controls.ndjson": `${JSON.stringify({ id: "S\u007f\u009b31mX", transcript: [{ courseNumber: "ENG101", credits: [{ type: "English", amount: "1.O\u0085" }] }] })}\n`,
  "controls.json": '{\n  "id": "P\u0000", "criteria": [\u0001 }\n',
});
afterAll(files.remove);
symlinkSync(files.path("students.ndjson"), files.path("link.ndjson"));
linkSync(files.path("students.ndjson"), files.path("hard-link.ndjson"));

describe.concurrent("-o naming an input", () => {
  const original = readFileSync(files.path("students.ndjson"), "utf8");
  const mtime = statSync(files.path("students.ndjson")).mtimeMs;
  const untouched = () => {
    expect(readFileSync(files.path("students.ndjson"), "utf8")).toBe(original);
    expect(statSync(files.path("students.ndjson")).mtimeMs).toBe(mtime);
  };

  it.each([
    ["the same name", "students.ndjson", "students.ndjson"],
    ["./ before the name", "./students.ndjson", "students.ndjson"],
    ["a way through the parent folder", `../${basename(files.dir)}/students.ndjson`, "students.ndjson"],
    ["a symbolic link to it", "link.ndjson", "students.ndjson"],
    ["a hard link to it", "hard-link.ndjson", "students.ndjson"],
  ])("is refused with exit 64 when -o is the students file by %s", async (_, output, input) => {
    const r = await runCli(["evaluate", "-p", "program.json", "-o", output, input], { cwd: files.dir });
    expect(r.status).toBe(64);
    expect(r.stderr.split("\n")[0]).toBe(
      `program-criteria: --output ${JSON.stringify(output)} is the students file ${JSON.stringify(input)}: writing it would destroy the input`,
    );
    expect(r.stderr).toContain("Usage: program-criteria evaluate");
    expect(r.stdout).toBe("");
    untouched();
  });

  it("is refused when -o names a definitions file", async () => {
    const before = readFileSync(files.path("program.json"), "utf8");
    const r = await runCli(["evaluate", "-p", "program.json", "-o", "./program.json", "students.ndjson"], { cwd: files.dir });
    expect(r.status).toBe(64);
    expect(r.stderr).toContain('--output "./program.json" is the definitions file "program.json"');
    expect(readFileSync(files.path("program.json"), "utf8")).toBe(before);
  });

  it("is refused when standard input is the file (`- < students.ndjson`)", async () => {
    const r = await runCli(["evaluate", "-p", "program.json", "-o", "students.ndjson", "-"], {
      cwd: files.dir,
      stdinFile: files.path("students.ndjson"),
    });
    expect(r.status).toBe(64);
    expect(r.stderr).toContain('--output "students.ndjson" is standard input, the students file');
    untouched();
  });

  it("writes a new file beside the input as before", async () => {
    const r = await runCli(["evaluate", "-p", "program.json", "-o", "reports.ndjson", "students.ndjson"], { cwd: files.dir });
    expect(r.status).toBe(0);
    expect(existsSync(files.path("reports.ndjson"))).toBe(true);
    untouched();
  });
});

describe.concurrent("NDJSON lines", () => {
  it("split on \\n only: \\r\\n endings work, a bare \\r stays inside its record, line numbers count \\n", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, files.path("crlf.ndjson")]);
    const ids = r.stdout.trimEnd().split("\n").map((line) => JSON.parse(line).studentId);
    expect(ids).toEqual([idOf(first), idOf(second), idOf(third)]);
    expect(r.stderr.split("\n").filter((line) => line.startsWith("line "))).toEqual([
      'line 4 (student "BAD"): transcript.0.courseNumber: is required',
    ]);
    expect(r.status).toBe(2);
  });

  it("number the record explain picks with --id the same way", async () => {
    const r = await runCli(["explain", ...PROGRAMS, "-s", "crlf.ndjson", "--id", "BAD"], { cwd: files.dir });
    expect(r.stderr).toBe('program-criteria: crlf.ndjson: line 4 (student "BAD"): transcript.0.courseNumber: is required\n');
    expect(r.status).toBe(1);
  });

  it("give the same lines through standard input", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, "-"], { input: readFileSync(files.path("crlf.ndjson"), "utf8") });
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(3);
    expect(r.stderr).toContain('line 4 (student "BAD"): transcript.0.courseNumber: is required');
  });
});

describe.concurrent("a bad line's messages", () => {
  it("name the line and the student, and stop after 100 issues with a count of the rest", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, files.path("many.ndjson")]);
    const lines = r.stderr.split("\n").filter((line) => line.startsWith("line "));
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('line 1 (student "MANY"): transcript.0.courseNumber: is required');
    expect(lines[100]).toBe('line 1 (student "MANY"): … and 50 more problems');
  });

  it("escape control characters of the input: ids and values", async () => {
    const r = await runCli(["evaluate", ...PROGRAMS, files.path("controls.ndjson")]);
    expect(r.stderr).toContain(
      'line 1 (student "S\\u007f\\u009b31mX"): transcript.0.credits.0.amount: expected a decimal number like "2.5", but found "1.O\\u0085"\n',
    );
    expect(r.stderr).not.toMatch(/[\u007f-\u009f]/);
  });
});

describe.concurrent("control characters in what the tool echoes", () => {
  it("are escaped in a JSON excerpt, with the caret under the bad character", async () => {
    const r = await runCli(["check", "controls.json"], { cwd: files.dir });
    expect(r.stdout).toContain(
      "controls.json: invalid JSON at line 2, column 11: Bad control character in string literal\n" +
        '      "id": "P\\u0000", "criteria": [\\u0001 }\n' +
        `${" ".repeat(4 + 10)}^^^^^^\n`,
    );
    expect(r.stdout).not.toMatch(/[\u0000\u0001]/);
  });

  it("are escaped in file names", async () => {
    const r = await runCli(["check", "no\u001b[2Jsuch.json"], { cwd: files.dir });
    expect(r.stdout).toContain("no\\u001b[2Jsuch.json: cannot read: no such file\n");
  });

  it("are escaped in the tree of explain", async () => {
    const student = JSON.stringify({ id: "S\u009b2J", transcript: [] });
    const r = await runCli(["explain", ...PROGRAMS, "-s", "-"], { input: student });
    expect(r.stdout.split("\n")[0]).toMatch(/^. LAKEVIEW_GRAD for student S\\u009b2J: /);
    expect(r.status).toBe(0);
  });
});
