/*
 * `npm run bench:exclusive`: exclusive allocation (DESIGN.md §11) against shared mode on the bench
 * district, the same program with `settings.allocation: "exclusive"` (its named-course
 * requirements and credit totals overlap, so about half of all records match two or more
 * requirements: the figure printed). Environment: BENCH_STUDENTS (default 10000), BENCH_ROUNDS (3),
 * BENCH_SEED.
 *
 * Method: pre-parsed students; per round, each mode runs over all students (a forced GC first when
 * node runs with --expose-gc); reported: the median over rounds of the mean µs per student, and the
 * slowest single exclusive evaluation over all students in one further pass.
 */
import { compileProgram, evaluateProgress, type ProgressReport } from "../../src/index.js";
import { benchLines, benchProgram } from "./district.js";
import { envInt } from "./env.js";

const N = envInt("BENCH_STUDENTS", 10_000);
const ROUNDS = envInt("BENCH_ROUNDS", 3);
const SEED = envInt("BENCH_SEED", 20260101);
const gc = (globalThis as { gc?: () => void }).gc;

const students: unknown[] = benchLines(N, SEED).map((l) => JSON.parse(l));
const definition = benchProgram();
const shared = compileProgram(definition);
const exclusive = compileProgram({ ...definition, settings: { ...definition.settings, allocation: "exclusive" } });

/** Records counted by two or more course requirements in shared mode: what exclusive mode must decide. */
function conflicting(report: ProgressReport): number {
  const counts = new Map<number, number>();
  const stack = [...report.criteria];
  for (let c = stack.pop(); c !== undefined; c = stack.pop()) {
    for (const r of c.requirements) {
      if (r.type === "child") stack.push(r.result);
      if (r.type === "course") for (const x of r.records) if (x.counted) counts.set(x.index, (counts.get(x.index) ?? 0) + 1);
    }
  }
  return [...counts.values()].filter((n) => n >= 2).length;
}

let records = 0;
let conflicts = 0;
let budgetHits = 0;
let sink = 0;
for (const s of students) {
  records += (s as { transcript: unknown[] }).transcript.length;
  conflicts += conflicting(evaluateProgress(shared, s));
  if (evaluateProgress(exclusive, s).warnings.some((w) => w.code === "allocationBudget")) budgetHits++;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const means = { shared: [] as number[], exclusive: [] as number[] };
for (let round = -1; round < ROUNDS; round++) {
  for (const [mode, program] of [["shared", shared], ["exclusive", exclusive]] as const) {
    gc?.();
    const t0 = performance.now();
    for (const s of students) sink += evaluateProgress(program, s).criteria.length;
    if (round >= 0) means[mode].push(((performance.now() - t0) * 1000) / N);
  }
}
let worst = 0;
for (const s of students) {
  const t0 = performance.now();
  sink += evaluateProgress(exclusive, s).criteria.length;
  worst = Math.max(worst, performance.now() - t0);
}

const sharedUs = median(means.shared);
const exclusiveUs = median(means.exclusive);
console.log(`# Exclusive allocation on the bench district (${N} students, seed ${SEED}, ${ROUNDS} rounds after 1 warm-up)\n`);
console.log(`Records matched by two or more requirements: ${conflicts} of ${records} (${((100 * conflicts) / records).toFixed(1)} %); allocationBudget reached for ${budgetHits} students.\n`);
console.log(`| measure | measured | goal | result |`);
console.log(`|---|---:|---:|---|`);
console.log(`| shared µs/student | ${sharedUs.toFixed(1)} | | |`);
console.log(`| exclusive µs/student | ${exclusiveUs.toFixed(1)} | | |`);
console.log(`| exclusive / shared | ${(exclusiveUs / sharedUs).toFixed(2)} × | ≤ 2 × | ${exclusiveUs <= 2 * sharedUs ? "PASS" : "FAIL"} |`);
console.log(`| slowest exclusive student | ${worst.toFixed(2)} ms | < 5 ms | ${worst < 5 ? "PASS" : "FAIL"} |`);
console.log(`\n(sink ${sink % 10})`);
