import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromEdFi } from "../../src/ed-fi.js";
import { runCli, tempDir, type CliResult } from "../cli/run-cli.js";
import { gbOptions, sample, sampleDir, sampleFiles, transcriptRow } from "./helpers.js";

/*
 * The built tool on the Grand Bend sample: a folder of `<resource>.json` files as an Ed-Fi API
 * export writes them (made here, in a temporary folder, from ../shared/ed-fi-sample/).
 */

const EXAMPLE = new URL("../../examples/ed-fi/", import.meta.url).pathname;
const PROGRAM = ["-p", join(EXAMPLE, "program.json")];
const OPTIONS = ["--ed-fi-options", join(EXAMPLE, "ed-fi-options.json")];

const folder = tempDir();
const bad = tempDir({ "courseTranscripts.json": [transcriptRow(), transcriptRow({ earnedCredits: "one" })], "courses.json": [] });
const work = tempDir({ "options.json": { gradeScale: { letters: { A: "x" } } } });
afterAll(() => [folder, bad, work].forEach((d) => d.remove()));

let converted: CliResult;
let evaluated: CliResult;
beforeAll(async () => {
  for (const [resource, file] of Object.entries(sampleFiles)) copyFileSync(join(sampleDir, file), folder.path(`${resource}.json`));
  copyFileSync(join(sampleDir, "descriptors.json"), folder.path("descriptors.json"));
  [converted, evaluated] = await Promise.all([
    runCli(["ed-fi", "convert", folder.dir, ...OPTIONS]),
    runCli(["evaluate", ...PROGRAM, "--ed-fi", folder.dir, ...OPTIONS]),
  ]);
});

describe.concurrent("the CLI on Ed-Fi data", () => {
  it("ed-fi convert writes the adapter's students as NDJSON, its warnings on stderr naming file, index and field", () => {
    expect(converted.status).toBe(0);
    const lines = converted.stdout.trimEnd().split("\n");
    const expected = fromEdFi(sample(), gbOptions());
    expect(lines).toEqual(expected.students.map((s) => JSON.stringify(s)));
    const stderr = converted.stderr.trimEnd().split("\n");
    expect(stderr).toHaveLength(expected.warnings.length + 1);
    expect(stderr).toContain(
      `${folder.path("studentTranscriptComposites.json")}: 0.studentAssessments.0.administrationDate: warning: ${expected.warnings.find((w) => w.code === "conflictingDuplicate")!.message} (conflictingDuplicate)`,
    );
    expect(stderr.at(-1)).toMatch(/^Ed-Fi: 97 students from .*; 300 warnings \(passedFromCutScore 268, notHighSchoolRequirement 14, /);
  });

  it("evaluate --ed-fi evaluates the converted students exactly as their NDJSON", async () => {
    expect(evaluated.status).toBe(0);
    const fromNdjson = await runCli(["evaluate", ...PROGRAM, "-"], { input: converted.stdout });
    expect(evaluated.stdout).toBe(fromNdjson.stdout);
    expect(evaluated.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).programId)).toEqual(Array(97).fill("GRAND_BEND_GRAD"));
    expect(evaluated.stderr).toContain("warning: the student was not tested");
    expect(evaluated.stderr).toMatch(/\nEd-Fi: 97 students from .*\n97 students: 0 met, 0 on track, 97 off track; 0 lines skipped; /);
  });

  it("evaluate --ed-fi with workers and as a summary", async () => {
    const [jobs, summary] = await Promise.all([
      runCli(["evaluate", ...PROGRAM, "--ed-fi", folder.dir, ...OPTIONS, "--jobs", "2"]),
      runCli(["evaluate", ...PROGRAM, "--ed-fi", folder.dir, ...OPTIONS, "-f", "summary"]),
    ]);
    expect(jobs.stdout).toBe(evaluated.stdout);
    expect(summary.stdout).toMatch(/^97 students evaluated, 0 lines skipped\n/);
    expect(summary.stdout).toMatch(/\n {2}COLLEGE_READINESS +12 +0 +85\n/);
  });

  it("a malformed resource: every problem with its file and path, exit 1, nothing written", async () => {
    const r = await runCli(["ed-fi", "convert", bad.dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `program-criteria: ${bad.path("courseTranscripts.json")}: 1.earnedCredits: expected a decimal number like "2.5", but found "one"\nprogram-criteria: the Ed-Fi resources have 1 problem; nothing was converted\n`,
    );
    const e = await runCli(["evaluate", ...PROGRAM, "--ed-fi", bad.dir]);
    expect(e.status).toBe(1);
    expect(e.stderr).toContain("1.earnedCredits:");
  });

  it("bad options name the options file; a folder without resource files is reported", async () => {
    const r = await runCli(["ed-fi", "convert", folder.dir, "--ed-fi-options", work.path("options.json")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${work.path("options.json")}: gradeScale.letters.A: expected a decimal number like "2.5", but found "x"`);
    const empty = await runCli(["ed-fi", "convert", work.dir]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/no Ed-Fi resource file in the folder/);
    const missing = await runCli(["ed-fi", "convert", work.path("nope")]);
    expect(missing.stderr).toMatch(/cannot read the Ed-Fi folder: no such file/);
  });

  it("usage errors: exit 64", async () => {
    const runs = await Promise.all([
      runCli(["ed-fi"]),
      runCli(["ed-fi", "export", folder.dir]),
      runCli(["ed-fi", "convert"]),
      runCli(["evaluate", ...PROGRAM, "--ed-fi", folder.dir, "students.ndjson"]),
      runCli(["evaluate", ...PROGRAM, "--ed-fi-options", "x.json", "students.ndjson"]),
      runCli(["ed-fi", "convert", folder.dir, "-o", folder.path("courses.json")]),
    ]);
    for (const r of runs) {
      expect(r.status, r.stderr).toBe(64);
      expect(r.stderr).toMatch(/^program-criteria: .*\nUsage: program-criteria /);
    }
    expect(readFileSync(folder.path("courses.json"), "utf8").length).toBeGreaterThan(1000);
  });

  it("ed-fi convert -o writes the file; ed-fi plan writes a definition that check accepts", async () => {
    const out = work.path("students.ndjson");
    const r = await runCli(["ed-fi", "convert", folder.dir, ...OPTIONS, "-o", out]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(converted.stdout);
    const plan = await runCli(["ed-fi", "plan", join(EXAMPLE, "graduation-plan.json"), ...OPTIONS, "-o", work.path("plan.json")]);
    expect(plan.status).toBe(0);
    expect(plan.stderr).toContain("creditsByCreditCategories.0: warning: the credit category");
    expect(plan.stderr).toMatch(/program 255901001-Recommended-2024: 4 criteria, 7 credit groups; 2 warnings\n$/);
    const check = await runCli(["check", work.path("plan.json")]);
    expect(check.stdout).toBe("0 problems, 0 warnings in 1 file (1 program definition)\n");
  });

  it("help: ed-fi --help and the evaluate options", async () => {
    const [help, evaluate] = await Promise.all([runCli(["help", "ed-fi"]), runCli(["evaluate", "--help"])]);
    expect(help.stdout).toMatch(/^Usage: program-criteria ed-fi convert DIR/);
    expect(help.stdout).toContain("Exit codes:");
    expect(evaluate.stdout).toContain("--ed-fi DIR");
  });
});
