import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built tool: `npm test` builds first (pretest); for a local run, `npm run build` first. */
export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
export const DISTRICT = fileURLToPath(new URL("../../examples/district/", import.meta.url));
export const PROGRAMS = ["-p", join(DISTRICT, "program.json"), "-p", join(DISTRICT, "programs.json")];

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/*
 * Runs the tool with stderr not a terminal, as in CI: no progress bar, only the summary line.
 * Asynchronous, so the tests of a file (declared concurrent) start their processes side by side.
 */
export function runCli(args: string[], options: { input?: string; cwd?: string; stdinFile?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // `stdinFile` gives the tool a file as standard input, as `< file` in a shell does.
    const stdin = options.stdinFile === undefined ? "pipe" : openSync(options.stdinFile, "r");
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: [stdin, "pipe", "pipe"],
    });
    if (typeof stdin === "number") closeSync(stdin);
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin?.end(options.input ?? "");
  });
}

/** A temporary folder with the given files written into it; `remove()` deletes it. */
export function tempDir(files: Record<string, string | unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "program-criteria-cli-"));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  return { dir, path: (name: string) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The first `count` lines of the district's students, as NDJSON text. */
export function districtStudents(count: number): string[] {
  return readFileSync(join(DISTRICT, "students.ndjson"), "utf8").split("\n").slice(0, count);
}

/** A small valid program: one course criterion. */
export function smallProgram(overrides: Record<string, unknown> = {}) {
  return {
    id: "P",
    criteria: [
      {
        id: "ENGLISH",
        displayOrder: 1,
        expression: "ENG9 AND ENG10",
        requirements: [
          { id: "ENG9", type: "course", courses: ["ENG1%"], minCredits: "1" },
          { id: "ENG10", type: "course", courses: ["ENG2%"], minCredits: "1" },
        ],
      },
    ],
    ...overrides,
  };
}
