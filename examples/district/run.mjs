// The README's main job: evaluate every bundled student against the district's graduation
// program and print a summary plus one student's report as a tree. `npm start` runs it.
//   node examples/district/run.mjs [--student S000042] [--ascii]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { compileProgram, evaluateProgress, formatReportTree } from "program-criteria";

const here = new URL(".", import.meta.url);
const { values: args } = parseArgs({ options: { student: { type: "string" }, ascii: { type: "boolean" } } });
const readJson = (file) => JSON.parse(readFileSync(new URL(file, here), "utf8"));

const definition = readJson("program.json");
const programs = readJson("programs.json");
const lines = readFileSync(new URL("students.ndjson", here), "utf8").split("\n").filter((l) => l.trim() !== "");

const started = process.hrtime.bigint();
const program = compileProgram(definition, { programs });
const reports = lines.map((line) => evaluateProgress(program, JSON.parse(line)));
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

// An id that is not in the file is a mistake to report before anything else, not a reason to
// show someone else's report.
const chosen =
  args.student === undefined
    ? (reports.find((r) => r.status === "onTrack" && r.warnings.length === 0) ?? reports[0])
    : reports.find((r) => String(r.studentId) === args.student);
if (chosen === undefined) {
  const known = reports.slice(0, 3).map((r) => r.studentId);
  console.error(
    `No student with id ${JSON.stringify(args.student)} in students.ndjson: ids run ${known.join(", ")}, … ${reports.at(-1).studentId} (${reports.length} students).`,
  );
  process.exit(1);
}

const LABEL = { met: "met", onTrack: "on track", offTrack: "off track" };
const count = (status) => reports.filter((r) => r.status === status).length;
console.log(`${definition.name} — ${reports.length} students evaluated in ${elapsedMs.toFixed(0)} ms (parse, validate, evaluate)`);
for (const status of ["met", "onTrack", "offTrack"]) {
  const n = count(status);
  console.log(`  ${LABEL[status].padEnd(10)} ${String(n).padStart(4)}  ${"█".repeat(Math.round((n / reports.length) * 40))}`);
}

// Every requirement of every criterion, including those reached through child requirements.
function* requirementsOf(criteria) {
  for (const criterion of criteria) {
    for (const requirement of criterion.requirements) {
      if (requirement.type === "child") yield* requirementsOf([requirement.result]);
      else yield requirement;
    }
  }
}
// What each student still needs is report.remaining (DESIGN.md §13): neither met nor muted, so a
// test a student need not take because they met its criterion another way is not counted here.
const descriptions = new Map([...requirementsOf(reports[0].criteria)].map((r) => [`${r.criterion}/${r.id}`, r.description ?? ""]));
const unmet = new Map();
for (const report of reports) {
  for (const r of report.remaining) {
    if (r.type === "creditGroup") continue;
    const key = `${r.criterion}/${r.id}`;
    const entry = unmet.get(key) ?? { key, description: descriptions.get(key) ?? "", offTrack: 0, onTrack: 0 };
    entry[r.status] += 1;
    unmet.set(key, entry);
  }
}
console.log("\nMost common unmet requirements, from report.remaining (students off track / on track):");
for (const e of [...unmet.values()].sort((a, b) => b.offTrack - a.offTrack || b.onTrack - a.onTrack || (a.key < b.key ? -1 : 1)).slice(0, 8)) {
  console.log(`  ${e.key.padEnd(36)} ${String(e.offTrack).padStart(4)} / ${String(e.onTrack).padEnd(4)} ${e.description}`);
}

// What "on track" gained from time (DESIGN.md §9): the same program without its due grades and
// pace tables, for comparison. A student who moved from off track to on track did so because a
// test is not due yet, or because credits are on pace.
const withoutTime = structuredClone(definition);
for (const group of withoutTime.creditGroups ?? []) delete group.pace;
for (const criterion of withoutTime.criteria) {
  for (const requirement of criterion.requirements) {
    delete requirement.pace;
    delete requirement.dueGrade;
  }
}
const untimed = compileProgram(withoutTime, { programs });
const reasons = new Map();
let moved = 0;
lines.forEach((line, i) => {
  const before = evaluateProgress(untimed, JSON.parse(line));
  if (before.status !== "offTrack" || reports[i].status !== "onTrack") return;
  moved += 1;
  const was = new Map([...requirementsOf(before.criteria)].map((r) => [`${r.criterion}/${r.id}`, r.status]));
  const why = new Set();
  for (const r of requirementsOf(reports[i].criteria)) {
    if (r.status !== "onTrack" || was.get(`${r.criterion}/${r.id}`) !== "offTrack") continue;
    why.add(r.dueGrade !== undefined ? `${r.criterion}/${r.id} not due until the end of grade ${r.dueGrade}` : `${r.criterion}/${r.id} on pace`);
  }
  reports[i].creditGroups.forEach((g, k) => {
    if (g.status === "onTrack" && before.creditGroups[k].status === "offTrack") why.add(`${g.name} credits on pace`);
  });
  for (const reason of why) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
});
console.log(`\nDue grades and pace: ${moved} students moved from off track to on track (against the same program without them), because:`);
for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  console.log(`  ${reason.padEnd(58)} ${String(n).padStart(4)}`);
}

// Counselors' exceptions (DESIGN.md §10): applied ones by kind, orphans (a warning each, never an
// error), and the students whose program status they change.
const KINDS = { waive: "waivers", substitute: "substitutions", adjust: "adjusted minimums", exclude: "exclusions" };
const applied = new Map();
let orphans = 0;
let excepted = 0;
let changed = 0;
let changedCriteria = 0;
for (const [i, report] of reports.entries()) {
  if (report.exceptions === undefined) continue;
  excepted += 1;
  const { exceptions, ...student } = JSON.parse(lines[i]);
  const kindOf = new Map(exceptions.map((e) => [e.id, e.kind]));
  for (const e of report.exceptions) {
    if (e.applied) applied.set(kindOf.get(e.id), (applied.get(kindOf.get(e.id)) ?? 0) + 1);
    else orphans += 1;
  }
  const without = evaluateProgress(program, student);
  if (without.status !== report.status) changed += 1;
  if (without.criteria.some((c, k) => c.status !== report.criteria[k].status)) changedCriteria += 1;
}
const kinds = [...applied].map(([kind, n]) => `${n} ${KINDS[kind]}`).join(", ");
console.log(
  `\nExceptions: ${excepted} students have some — ${kinds || "none"} applied, ${orphans} orphaned (target renamed: a warning each);\n` +
    `  they change a top-level criterion's status for ${changedCriteria} students and the program status for ${changed}`,
);

// One course, one requirement (settings.allocation "exclusive", DESIGN.md §11): a record that
// fits two requirements is listed at the other one as usedElsewhere, with usedBy naming where it
// counts. Caps cut credits (capped: true); settings.repeats "best" counts a repeated course once.
const movedTo = new Map();
const studentsWith = { usedElsewhere: new Set(), capped: new Set(), repeated: new Set() };
for (const report of reports) {
  for (const r of requirementsOf(report.criteria)) {
    for (const record of r.type === "course" ? r.records : []) {
      if (record.capped) studentsWith.capped.add(report.studentId);
      if (record.reason === "repeated") studentsWith.repeated.add(report.studentId);
      if (record.usedBy === undefined) continue;
      studentsWith.usedElsewhere.add(report.studentId);
      const key = `${record.courseNumber} counted for ${record.usedBy.criterion}/${record.usedBy.requirement}, not ${r.criterion}/${r.id}`;
      movedTo.set(key, (movedTo.get(key) ?? 0) + 1);
    }
  }
}
console.log(
  `\nOne course, one requirement: ${studentsWith.usedElsewhere.size} students have a course that fits two requirements and counts once:`,
);
for (const [key, n] of [...movedTo].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`  ${key.padEnd(66)} ${String(n).padStart(4)}`);
console.log(
  `  a cap cuts a course's credits in a requirement for ${studentsWith.capped.size} students; a repeated course counts once (its best grade) for ${studentsWith.repeated.size}`,
);
const honors = (status) => reports.filter((r) => r.statuses.find((s) => s.status === "HONORS_DIPLOMA")?.result === status).length;
console.log(`  honors diploma (the optional HONORS criterion and every required one): ${honors("met")} met, ${honors("onTrack")} on track`);

const groups = definition.creditGroups ?? [];
if (groups.length > 0) {
  console.log("\nCredit groups met:");
  for (const group of groups) {
    const met = reports.filter((r) => r.creditGroups.find((g) => g.id === group.id)?.status === "met").length;
    console.log(`  ${group.name.padEnd(30)} ${String(met).padStart(4)} of ${reports.length}`);
  }
}

console.log(`\nStudent ${chosen.studentId} (choose another with --student ID):\n`);
console.log(formatReportTree(chosen, { ascii: args.ascii === true }));
