/*
 * `npm run bench:cohort`: the CLI's `evaluate` over a cohort of bench-district students written as
 * NDJSON to a temporary folder (BENCH_COHORT_STUDENTS, default 100,000; BENCH_COHORT_RUNS, default
 * 1: every command runs once per run, in turn; the median wall time and the median of the per-run
 * ratios to the floor are reported; BENCH_SEED), against the
 * floor (cohort-floor.mjs: read lines, JSON.parse, write a small JSON object per line). Goal (issue
 * 15): `--jobs 1 --detail compact` ≤ 2.0 × the floor. Also printed: the default --jobs, and with
 * BENCH_COHORT_FULL=1 the full report with one job and the default. Every command writes to a file in the temporary folder (-o), removed at the end. Uses the
 * built tool: `npm run build` first.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import { join } from "node:path";
import { defaultJobs } from "../../src/cli/jobs.js";
import { benchProgram, lineStream } from "./district.js";
import { envInt } from "./env.js";

const STUDENTS = envInt("BENCH_COHORT_STUDENTS", 100_000);
const RUNS = envInt("BENCH_COHORT_RUNS", 1);
const SEED = envInt("BENCH_SEED", 20260101);
const FULL = process.env["BENCH_COHORT_FULL"] === "1";
// npm runs scripts in the package's folder (the bundle itself lives under node_modules/.cache).
const CLI = join(process.cwd(), "dist", "cli.js");
const FLOOR = join(process.cwd(), "test", "bench", "cohort-floor.mjs");

const dir = mkdtempSync(join(os.tmpdir(), "pc-cohort-"));
const students = join(dir, "students.ndjson");
const program = join(dir, "program.json");
const out = join(dir, "out");

async function writeStudents(): Promise<void> {
  const file = createWriteStream(students);
  let pending = "";
  for (const line of lineStream(STUDENTS, SEED)) {
    pending += `${line}\n`;
    if (pending.length >= 1 << 20) {
      if (!file.write(pending)) await once(file, "drain");
      pending = "";
    }
  }
  file.end(pending);
  await once(file, "finish");
}

interface Timed {
  seconds: number[];
  outputBytes: number;
  stderr: string;
}

/** One timed run of a command; its output file's size is read before the next run removes it. */
function runOnce(args: string[], timed: Timed): void {
  rmSync(out, { force: true });
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  timed.seconds.push((performance.now() - t0) / 1000);
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  timed.stderr = result.stderr.trim();
  timed.outputBytes = statSync(out).size;
}

/*
 * Every command once per run, in turn, rather than each command's runs back to back: this machine
 * kind's speed changes for seconds at a time (see run.ts), and interleaving lets each run of a
 * command sit beside a run of the floor. The ratio to the floor is the median of the per-run ratios.
 */
function timeAll(commands: [string, string[]][]): [string, Timed][] {
  const rows = commands.map(([name]): [string, Timed] => [name, { seconds: [], outputBytes: 0, stderr: "" }]);
  for (let r = 0; r < RUNS; r++) commands.forEach(([, args], k) => runOnce(args, rows[k]![1]));
  return rows;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

try {
  await writeStudents();
  writeFileSync(program, JSON.stringify(benchProgram()));
  const inputBytes = statSync(students).size;
  const cores = os.availableParallelism();
  const evaluate = (...flags: string[]) => [CLI, "evaluate", "-p", program, ...flags, "-o", out, students];

  console.log(`# program-criteria cohort benchmark\n`);
  console.log(
    `Machine: Node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"}, ${cores} cores available (os.availableParallelism()); ` +
      `${STUDENTS} bench-district students (seed ${SEED}), ${(inputBytes / 2 ** 20).toFixed(0)} MiB of NDJSON (${(inputBytes / STUDENTS / 1024).toFixed(1)} KiB a student); ` +
      `wall time of each whole command (node start included), ${RUNS} run${RUNS === 1 ? "" : "s"} of every command in turn; × floor: the median over runs of the time over the floor's in the same run; output to a file.\n`,
  );
  const commands: [string, string[]][] = [
    ["floor: read lines, JSON.parse, write a small JSON object (test/bench/cohort-floor.mjs)", [FLOOR, students, out]],
    ["evaluate --jobs 1 --detail compact", evaluate("--jobs", "1", "--detail", "compact")],
    [`evaluate --detail compact (default --jobs: ${defaultJobs(inputBytes, cores)} here)`, evaluate("--detail", "compact")],
  ];
  if (FULL) commands.push(["evaluate --jobs 1 (full report)", evaluate("--jobs", "1")], [`evaluate (full report, default --jobs)`, evaluate()]);
  const rows = timeAll(commands);
  const floorRuns = rows[0]![1].seconds;
  /** The median over runs of the command's time over the floor's time in the same run. */
  const overFloor = (t: Timed) => median(t.seconds.map((s, r) => s / floorRuns[r]!));
  console.log(`| command | wall s | runs (s) | × floor | output KiB a student |`);
  console.log(`|---|---:|---|---:|---:|`);
  for (const [name, t] of rows) {
    const s = median(t.seconds);
    console.log(`| ${name} | ${s.toFixed(2)} | ${t.seconds.map((x) => x.toFixed(2)).join(", ")} | ${overFloor(t).toFixed(2)} | ${(t.outputBytes / STUDENTS / 1024).toFixed(2)} |`);
  }
  const compactOne = overFloor(rows[1]![1]);
  console.log(`\n| goal | measured | result |\n|---|---:|---|`);
  console.log(`| evaluate NDJSON, --jobs 1 --detail compact ≤ 2.0 × the floor | ${compactOne.toFixed(2)} × | ${compactOne <= 2 ? "PASS" : "FAIL"} |`);
  console.log(`\nThe tool's own summary line (--jobs 1 --detail compact): ${rows[1]![1].stderr}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
