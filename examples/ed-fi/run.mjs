#!/usr/bin/env node
// The Ed-Fi Alliance's Grand Bend sample district through the Ed-Fi adapter: its resources become
// student records, the records are evaluated against the Grand Bend graduation program written
// from its courses (program.json), and the reports and a CSV summary are written. The district's
// GraduationPlan (graduation-plan.json) is converted to a starting program definition too.
//
//   node examples/ed-fi/run.mjs [--sample DIR] [--out DIR]
//
// --sample  the sample folder (default: ../shared/ed-fi-sample beside the checkout)
// --out     the output folder (default: examples/ed-fi/out): students.ndjson, reports.ndjson,
//           summary.csv, warnings.csv and graduation-plan-program.json.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compileProgram, evaluateProgress, formatReportTree } from "program-criteria";
import { fromEdFi, graduationPlanToProgram } from "program-criteria/ed-fi";
import { readSample, SAMPLE_DIR } from "./sample.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({ options: { sample: { type: "string" }, out: { type: "string" } } });
const sampleDir = resolve(args.sample ?? SAMPLE_DIR);
const outDir = resolve(args.out ?? join(HERE, "out"));
const readJson = (file) => JSON.parse(readFileSync(join(HERE, file), "utf8"));

// ---------------------------------------------------------------------------------------------
// Conversion: Ed-Fi resources → §2 student records, and every lossy decision as a warning.

const options = readJson("ed-fi-options.json");
const { students, warnings } = fromEdFi(readSample(sampleDir), options);

// ---------------------------------------------------------------------------------------------
// Evaluation: compile once, one report per student.

const definition = readJson("program.json");
const program = compileProgram(definition);
const criteria = [...definition.criteria].sort((a, b) => a.displayOrder - b.displayOrder).map((c) => c.id);
const reports = students.map((student) => evaluateProgress(program, student));

// ---------------------------------------------------------------------------------------------
// Output.

const csvField = (v) => {
  const s = v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const csv = (rows) => rows.map((cells) => cells.map(csvField).join(",")).join("\n") + "\n";

const summary = [["student_id", "status", ...criteria, "college_ready", "total_credits", "cumulative_gpa", "act_composite", "programs"]];
reports.forEach((report, i) => {
  const student = students[i];
  const byId = new Map(report.criteria.map((c) => [c.id, c.status]));
  const requirement = (criterion, id) => report.criteria.find((c) => c.id === criterion)?.requirements.find((r) => r.id === id);
  // The engine's figures, not a re-computation: the best ACT Composite is what the ACT requirement achieved.
  summary.push([
    report.studentId,
    report.status,
    ...criteria.map((id) => byId.get(id)),
    report.statuses.find((s) => s.status === "COLLEGE_READY")?.result,
    report.creditGroups.find((g) => g.id === "TOTAL")?.earnedCredits,
    requirement("GPA", "CUMULATIVE")?.gpa,
    requirement("COLLEGE_READINESS", "ACT")?.achieved?.scaleScore,
    (student.programs ?? []).map((p) => `${p.programId}:${p.status}`).join(" "),
  ]);
});

const plan = graduationPlanToProgram(readJson("graduation-plan.json"), options);
compileProgram(plan.program); // the starting definition compiles as it is

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "students.ndjson"), students.map((s) => `${JSON.stringify(s)}\n`).join(""));
writeFileSync(join(outDir, "reports.ndjson"), reports.map((r) => `${JSON.stringify(r)}\n`).join(""));
writeFileSync(join(outDir, "summary.csv"), csv(summary));
writeFileSync(join(outDir, "warnings.csv"), csv([["code", "resource", "index", "field", "message"], ...warnings.map((w) => [w.code, w.resource, w.index, w.field, w.message])]));
writeFileSync(join(outDir, "graduation-plan-program.json"), `${JSON.stringify(plan.program, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------
// What happened, in a few lines.

const count = (list, key) => {
  const counts = new Map();
  for (const item of list) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};
const statuses = Object.fromEntries(count(reports, (r) => r.status));
console.log(`Grand Bend ISD (Ed-Fi sample): ${students.length} students from ${relative(process.cwd(), sampleDir) || "."}`);
console.log(`  ${program.programId}: met ${statuses.met ?? 0}, on track ${statuses.onTrack ?? 0}, off track ${statuses.offTrack ?? 0}`);
for (const id of ["COLLEGE_READINESS", "GPA"]) {
  const met = reports.filter((r) => r.criteria.find((c) => c.id === id)?.status === "met").length;
  console.log(`  ${id}: met by ${met}`);
}
console.log(`  ${warnings.length} adapter warnings: ${count(warnings, (w) => w.code).map(([code, n]) => `${code} ${n}`).join(", ")}`);
console.log(`  graduation plan → ${plan.program.id}: ${plan.program.criteria.length} criteria, ${plan.program.creditGroups.length} credit groups, ${plan.warnings.length} warnings`);
console.log(`  wrote ${["students.ndjson", "reports.ndjson", "summary.csv", "warnings.csv", "graduation-plan-program.json"].map((f) => relative(process.cwd(), join(outDir, f))).join(", ")}`);
console.log("");
// Student 604837, the one transcript of the sample: criteria, credit groups and statuses, one line
// each (width: Infinity keeps every node on one line, so the filter below keeps whole nodes).
const tree = formatReportTree(reports[students.findIndex((s) => s.id === "604837")], { ascii: true, width: Infinity }).split("\n");
console.log(tree.filter((line) => !/^\|  [|` ] /.test(line)).join("\n"));
