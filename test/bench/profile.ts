/*
 * `npm run bench:profile`: where the engine's time goes. Runs JSON.parse + evaluateProgress over
 * the benchmark students for a few seconds (BENCH_PROFILE_SECONDS, default 8) under the V8 CPU
 * profiler (node:inspector), writes the profile to node_modules/.cache/program-criteria/
 * engine.cpuprofile (open it in Chrome DevTools) and prints the functions with the most self time.
 * BENCH_PROFILE_PARSE=0 profiles evaluateProgress on pre-parsed students only.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Session, type Profiler } from "node:inspector";
import { compileProgram, evaluateProgress } from "../../src/index.js";
import { benchLines, benchProgram } from "./district.js";

const SECONDS = Number(process.env["BENCH_PROFILE_SECONDS"] ?? 8);
const WITH_PARSE = process.env["BENCH_PROFILE_PARSE"] !== "0";
const OUT = "node_modules/.cache/program-criteria/engine.cpuprofile";

const lines = benchLines(2000);
const parsed = lines.map((l) => JSON.parse(l) as unknown);
const compiled = compileProgram(benchProgram());
let sink = 0;
function parseLine(line: string): unknown {
  return JSON.parse(line);
}
const once = (i: number) => {
  const student = WITH_PARSE ? parseLine(lines[i]!) : parsed[i];
  sink += evaluateProgress(compiled, student).criteria.length;
};
for (let r = 0; r < 3; r++) for (let i = 0; i < lines.length; i++) once(i); // warm up

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));

await post("Profiler.enable");
await post("Profiler.setSamplingInterval", { interval: 100 });
await post("Profiler.start");
const end = Date.now() + SECONDS * 1000;
let evaluated = 0;
while (Date.now() < end) for (let i = 0; i < lines.length; i++, evaluated++) once(i);
const { profile } = await post<{ profile: Profiler.Profile }>("Profiler.stop");
session.disconnect();

mkdirSync("node_modules/.cache/program-criteria", { recursive: true });
writeFileSync(OUT, JSON.stringify(profile));

// The source file of a bundle line: esbuild marks each module with a `// path` comment.
const bundle = fileURLToPath(import.meta.url);
const bundleLines = readFileSync(bundle, "utf8").split("\n");
const sourceAt: string[] = [];
let current = "";
bundleLines.forEach((text, i) => {
  const m = /^\/\/ ((?:src|test|node_modules)\/\S+)$/.exec(text);
  if (m) current = m[1]!;
  sourceAt[i] = current;
});

// Self time per function: each sample is charged to the node on top of the stack.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
const deltas = profile.timeDeltas ?? [];
let total = 0;
(profile.samples ?? []).forEach((id, k) => {
  const node = byId.get(id)!;
  const f = node.callFrame;
  const inBundle = f.url.startsWith("file:") && fileURLToPath(f.url) === bundle;
  const where = f.url === "" ? "" : inBundle ? ` (${sourceAt[f.lineNumber] || "bench"})` : ` (${f.url.split("/").slice(-2).join("/")})`;
  const key = `${f.functionName || "(anonymous)"}${where}`;
  const dt = deltas[k] ?? 0;
  self.set(key, (self.get(key) ?? 0) + dt);
  total += dt;
});

console.log(`# Engine CPU profile: ${WITH_PARSE ? "JSON.parse + evaluateProgress" : "evaluateProgress (pre-parsed)"}, ${evaluated} evaluations in ${SECONDS} s (${((SECONDS * 1e6) / evaluated).toFixed(1)} µs each)\n`);
console.log(`| self % | self ms | function (source) |`);
console.log(`|---:|---:|---|`);
for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`| ${((100 * t) / total).toFixed(1)} | ${(t / 1000).toFixed(0)} | ${key} |`);
}
console.log(`\nProfile written to ${OUT} (sink ${sink % 10}).`);
