/*
 * The compact report (DESIGN.md Part II "Report detail") is built directly by the evaluators; this
 * file holds the plain reference it must equal byte for byte: the full report with the listings,
 * the descriptions, the criteria's expressions and the credit groups' names taken out, every other
 * key where it was. Compared on the shared conformance corpus, the bench district and generated
 * programs and students.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress, type ProgressReport } from "../../src/index.js";
import { benchProgram, benchStudents, exclusiveBenchProgram } from "../bench/district.js";
import { loadConformance } from "../conformance/load.js";
import { programArb, studentArb } from "../requirements/arbitraries.js";

const LISTINGS = new Set(["records", "scores", "belowMinimum", "activities", "description"]);

/** A copy of a requirement result without its listings and description; a child's criterion too. */
function requirementWithout(r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(r)) {
    if (LISTINGS.has(key)) continue;
    out[key] = key === "result" && r["type"] === "child" ? criterionWithout(value as Record<string, unknown>) : value;
  }
  return out;
}

function criterionWithout(c: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(c)) {
    if (key === "description" || key === "expression") continue;
    out[key] = key === "requirements" ? (value as Record<string, unknown>[]).map(requirementWithout) : value;
  }
  return out;
}

/** The reference: the full report with what compact leaves out removed. */
function compactOf(full: ProgressReport): string {
  const report = full as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(report)) {
    if (key === "criteria") out[key] = (value as Record<string, unknown>[]).map(criterionWithout);
    else if (key === "recommendations") out[key] = (value as Record<string, unknown>[]).map(requirementWithout);
    else if (key === "creditGroups") out[key] = (value as Record<string, unknown>[]).map(({ name: _, ...group }) => group);
    else out[key] = value;
  }
  return JSON.stringify(out);
}

/** The program with a description on every criterion and requirement that has none, so that each kind's is checked. */
function described(program: unknown): unknown {
  if (typeof program !== "object" || program === null || !Array.isArray((program as { criteria?: unknown }).criteria)) return program;
  const copy = structuredClone(program) as { criteria: Record<string, unknown>[] };
  for (const c of copy.criteria) {
    if (typeof c !== "object" || c === null) continue;
    c["description"] ??= `about ${String(c["id"])}`;
    for (const list of [c["requirements"], c["recommendations"]]) {
      if (Array.isArray(list)) for (const r of list) if (typeof r === "object" && r !== null) r.description ??= `about ${String(r.id)}`;
    }
  }
  return copy;
}

function expectCompact(program: unknown, student: unknown, programs?: unknown[]): void {
  check(program, student, programs);
  check(described(program), student, programs);
}

function check(program: unknown, student: unknown, programs?: unknown[]): void {
  const compiled = compileProgram(program, programs === undefined ? undefined : { programs });
  let full: ProgressReport;
  try {
    full = evaluateProgress(compiled, student);
  } catch (error) {
    expect(() => evaluateProgress(compiled, student, { detail: "compact" })).toThrow((error as Error).constructor as never);
    return;
  }
  expect(JSON.stringify(evaluateProgress(compiled, student, { detail: "compact" }))).toBe(compactOf(full));
}

interface ProgramCase {
  name: string;
  program: unknown;
  programs?: unknown[];
  student: unknown;
}

describe("the compact report is the full report without listings and static text", () => {
  const cases = loadConformance<ProgramCase>("programs.json").filter((c) => {
    try {
      compileProgram(c.program, c.programs === undefined ? undefined : { programs: c.programs });
      return true;
    } catch {
      return false;
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => expectCompact(c.program, c.student, c.programs));

  it("on the bench district, shared and exclusive", () => {
    for (const student of benchStudents(60, 7)) {
      expectCompact(benchProgram(), student);
      expectCompact(exclusiveBenchProgram(), student);
    }
  });

  it("on generated programs and students", () => {
    fc.assert(
      fc.property(programArb({ coursesOnly: false }), studentArb({ coursesOnly: false }), (program, student) => expectCompact(program, student)),
      { numRuns: 300 },
    );
  });
});
