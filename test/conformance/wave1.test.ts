/*
 * DESIGN.md Part II is additive: input that §8 accepts and that uses no key of §9–§13 gives the
 * wave-1 report byte for byte, except for the derived `muted` and `remaining` (A-X1). The wave-1
 * engine is frozen in test/fixtures/wave1/engine.mjs; these tests compare it with today's on the
 * shared conformance corpus and on generated programs and students.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateProgress } from "../../src/index.js";
// @ts-expect-error: a frozen JavaScript bundle without type declarations.
import * as wave1 from "../fixtures/wave1/engine.mjs";
import { programArb, studentArb } from "../requirements/arbitraries.js";
import { loadConformance } from "./load.js";

interface ProgramCase {
  name: string;
  program: unknown;
  programs?: unknown[];
  student: unknown;
}

type Outcome = { report: string } | { error: string; issues: string[] };

type Evaluate = (program: unknown, student: unknown, options?: { programs?: unknown[] }) => unknown;

/** Removes the two derived Part II fields everywhere in a report, as A-X1 says the test does. */
function withoutDerived(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDerived);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key !== "muted" && key !== "remaining") out[key] = withoutDerived(inner);
  }
  return out;
}

function outcome(evaluate: Evaluate, program: unknown, student: unknown, programs?: unknown[]): Outcome {
  try {
    const report = evaluate(program, student, programs === undefined ? undefined : { programs });
    return { report: JSON.stringify(withoutDerived(report)) };
  } catch (error) {
    const e = error as { name: string; issues?: { path: unknown[]; code: string }[] };
    return { error: e.name, issues: (e.issues ?? []).map((i) => `${i.path.join(".")} ${i.code}`) };
  }
}

const current: Evaluate = evaluateProgress;
const frozen: Evaluate = (wave1 as { evaluateProgress: Evaluate }).evaluateProgress;

describe("reports without Part II keys are the wave-1 reports", () => {
  const cases = loadConformance<ProgramCase>("programs.json");

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const now = outcome(current, c.program, c.student, c.programs);
    const before = outcome(frozen, c.program, c.student, c.programs);
    if ("report" in now) expect(now).toEqual(before);
    // Wave 2 rejects what §8 forbids (signs, digits, depth) where wave 1 did not; an error is
    // always of the same class when both reject.
    else if ("error" in before) expect(now.error).toBe(before.error);
  });

  it("holds for generated programs and students", () => {
    fc.assert(
      fc.property(programArb({ coursesOnly: false }), fc.array(studentArb({ coursesOnly: false }), { minLength: 1, maxLength: 3 }), (program, students) => {
        for (const student of students) {
          expect(outcome(current, program, student)).toEqual(outcome(frozen, program, student));
        }
      }),
      { numRuns: 400 },
    );
  });
});
