/*
 * `npm run bench:memory`: 100,000 students (BENCH_MEMORY_STUDENTS) from a stream keep resident
 * memory flat. The student lines are generated lazily (a generator, never all in memory) and read
 * through a Readable as a nightly job reads NDJSON; each line is parsed and evaluated through
 * evaluateMany with the compiled program, and the report is dropped. RSS is sampled every 5,000 students; the run fails
 * (exit 1) when the maximum reaches 200 MB (BENCH_MEMORY_LIMIT_MB). With --expose-gc, the heap
 * retained after a forced GC is also measured at 5,000 students and at the end (a leak shows there
 * even when V8's lazy old-space growth makes RSS creep).
 */
import { Readable } from "node:stream";
import { compileProgram, evaluateMany } from "../../src/index.js";
import { benchProgram, lineStream } from "./district.js";

const N = Number(process.env["BENCH_MEMORY_STUDENTS"] ?? 100_000);
const LIMIT_MB = Number(process.env["BENCH_MEMORY_LIMIT_MB"] ?? 200);
const EVERY = 5_000;
const MB = 1024 * 1024;

const compiled = compileProgram(benchProgram());
const counts = { met: 0, onTrack: 0, offTrack: 0 };
const samples: { students: number; rss: number; heapUsed: number }[] = [];
const sample = (students: number) => {
  const m = process.memoryUsage();
  samples.push({ students, rss: m.rss / MB, heapUsed: m.heapUsed / MB });
};

const gc = (globalThis as { gc?: () => void }).gc;
const retained: number[] = [];
const measureRetained = () => {
  if (gc === undefined) return;
  gc();
  retained.push(process.memoryUsage().heapUsed / MB);
};

const started = process.hrtime.bigint();
sample(0);
let n = 0;
async function* parsed(lines: AsyncIterable<unknown>) {
  for await (const line of lines) yield JSON.parse(line as string) as unknown;
}
for await (const report of evaluateMany(compiled, parsed(Readable.from(lineStream(N))))) {
  counts[report.status]++;
  if (++n % EVERY === 0) {
    sample(n);
    if (n === EVERY) measureRetained();
  }
}
if (n % EVERY !== 0) sample(n);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
measureRetained();

console.log(`# Memory: ${n.toLocaleString("en-US")} students streamed through evaluateMany (Node ${process.version})\n`);
console.log(`| students | RSS (MB) | heap used (MB) |`);
console.log(`|---:|---:|---:|`);
for (const s of samples) console.log(`| ${s.students.toLocaleString("en-US")} | ${s.rss.toFixed(1)} | ${s.heapUsed.toFixed(1)} |`);
const maxRss = Math.max(...samples.map((s) => s.rss));
const after = samples.filter((s) => s.students >= EVERY);
const drift = after.length > 1 ? after[after.length - 1]!.rss - after[0]!.rss : 0;
console.log(
  `\nProgram statuses: ${counts.met} met, ${counts.onTrack} onTrack, ${counts.offTrack} offTrack; ${seconds.toFixed(1)} s ` +
    `(${((seconds * 1e6) / n).toFixed(0)} µs/student including generating and serialising each line).`,
);
console.log(`Max RSS ${maxRss.toFixed(1)} MB (limit ${LIMIT_MB} MB); RSS change from ${EVERY.toLocaleString("en-US")} students to the end: ${drift >= 0 ? "+" : ""}${drift.toFixed(1)} MB.`);
if (retained.length === 2) {
  console.log(`Heap retained after a forced GC: ${retained[0]!.toFixed(2)} MB at ${EVERY.toLocaleString("en-US")} students, ${retained[1]!.toFixed(2)} MB at the end.`);
}
console.log(maxRss < LIMIT_MB ? "PASS" : "FAIL");
if (maxRss >= LIMIT_MB) process.exit(1);
