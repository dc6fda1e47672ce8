/*
 * Issue 10's volume check: more than 100,000 hostile inputs per run, across definitions, students,
 * compiled artefacts and CLI input lines, each asserting only that nothing but the engine's own
 * three error classes is thrown, that the same input gives the same outcome twice, and that no
 * good line of a batch is lost. Seeded, so a failure reproduces: fast-check prints the seed and
 * the path of the failing case.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compileProgram,
  evaluateProgress,
  ExpressionSyntaxError,
  loadCompiledProgram,
  ProgramDefinitionError,
  StudentRecordError,
  type CompiledProgram,
} from "../../src/index.js";
import { evaluateProgress as evaluateAtRuntime } from "../../src/runtime.js";
import { evaluateChunk } from "../../src/cli/batch.js";
import { programArb, studentArb, type Json } from "../requirements/arbitraries.js";
import { anything, exotic, materialise, mutate, mutationArb } from "./hostile-arbitraries.js";

const SEED = 20261202;
const RUNS = {
  students: 50_000,
  definitions: 25_000,
  artefacts: 15_000,
  lines: 1_000, // batches of 10 lines: 10,000 lines
};

// Generous: CI machines are shared; a typical run takes a fraction of it.
const TIMEOUT = 600_000;

const own = (e: unknown) => ProgramDefinitionError.is(e) || StudentRecordError.is(e) || ExpressionSyntaxError.is(e);

/** The outcome of `act` as comparable text: the JSON it returned, or the error's class and issues. */
function outcome(act: () => unknown): string {
  try {
    return JSON.stringify(act());
  } catch (error) {
    if (!own(error)) throw new Error(`a foreign error escaped: ${String(error)}`);
    const e = error as { name: string; issues: { path: unknown[]; code: string; message: string }[] };
    expect(e.issues.length).toBeGreaterThan(0);
    expect(e.issues.length).toBeLessThanOrEqual(101);
    return `${e.name} ${JSON.stringify(e.issues)}`;
  }
}

function deterministic(act: () => unknown): void {
  expect(outcome(act)).toBe(outcome(act));
}

const rich = { coursesOnly: false };
const programs: CompiledProgram[] = fc.sample(programArb(rich), { numRuns: 8, seed: SEED }).map((p) => compileProgram(p));
const students: Json[] = fc.sample(studentArb(rich), { numRuns: 50, seed: SEED });
// Recipes, built inside the property: fast-check cannot hold some of the values (revoked proxies).
type Recipe = { base: Json; edits: Parameters<typeof mutate>[1][] } | { value: unknown };
const recipeOf = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Recipe> => values.map((value) => ({ value }));
const hostileRecipe: fc.Arbitrary<Recipe> = fc.oneof(
  { arbitrary: fc.record({ base: fc.constantFrom(...students), edits: fc.array(mutationArb, { minLength: 1, maxLength: 2 }) }), weight: 6 },
  { arbitrary: recipeOf(anything), weight: 2 },
  { arbitrary: recipeOf(exotic), weight: 1 },
);
/** One mutation on a JSON base, then a second one on top of it when the first left JSON data. */
function build(recipe: Recipe): unknown {
  if ("value" in recipe) return materialise(recipe.value);
  let value: unknown = recipe.base;
  for (const edit of recipe.edits) {
    try {
      value = mutate(value, edit);
    } catch {
      break; // the previous edit put in something JSON cannot copy: keep it as it is
    }
  }
  return value;
}

describe(`more than 100,000 hostile inputs (seed ${SEED})`, () => {
  it(`${RUNS.students} students against compiled programs, with the full and the runtime entry`, () => {
    fc.assert(
      fc.property(fc.nat(), hostileRecipe, (which, recipe) => {
        const program = programs[which % programs.length]!;
        const student = build(recipe);
        deterministic(() => evaluateProgress(program, student));
        if (which % 10 === 0) expect(outcome(() => evaluateAtRuntime(program, student))).toBe(outcome(() => evaluateProgress(program, student)));
      }),
      { numRuns: RUNS.students, seed: SEED },
    );
  }, TIMEOUT);

  it(`${RUNS.definitions} definitions`, () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: fc.record({ base: programArb(rich), edits: fc.array(mutationArb, { minLength: 1, maxLength: 2 }) }), weight: 5 }, recipeOf(anything), recipeOf(exotic)), (recipe) => {
        const definition = build(recipe);
        deterministic(() => compileProgram(definition).toJSON());
      }),
      { numRuns: RUNS.definitions, seed: SEED },
    );
  }, TIMEOUT);

  it(`${RUNS.artefacts} compiled artefacts, loaded and evaluated`, () => {
    const artefacts = programs.map((p) => JSON.parse(JSON.stringify(p)) as Json);
    fc.assert(
      fc.property(fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 2 }), fc.constantFrom(...students), (which, edits, student) => {
        const damaged = build({ base: artefacts[which % artefacts.length]!, edits });
        deterministic(() => evaluateProgress(loadCompiledProgram(damaged), student));
        deterministic(() => evaluateAtRuntime(damaged as never, student));
      }),
      { numRuns: RUNS.artefacts, seed: SEED },
    );
  }, TIMEOUT);

  it(`${RUNS.lines * 10} CLI input lines: every good line gives one output line, in order`, () => {
    const goodLines = students.map((s, i) => JSON.stringify({ ...s, id: `G${i}` }));
    const badLine = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom("{", "[1,2", '{"transcript": 5}', '{"id": "X", "transcript": [null]}', "\u0000\u0001", "{}\r{}", "null"),
      fc.tuple(fc.constantFrom(...students), mutationArb).map(([s, m]) => {
        try {
          return JSON.stringify(mutate(s, m)) ?? "undefined";
        } catch {
          return "{";
        }
      }),
    );
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.oneof(fc.constantFrom(...goodLines), badLine), { minLength: 10, maxLength: 10 }), (which, generated) => {
        const program = programs[which % programs.length]!;
        // One input line each (NDJSON splits on \n only), blank lines left out as the CLI skips them.
        const texts = generated.map((t) => t.replaceAll("\n", " ")).filter((t) => t.trim() !== "");
        const chunk = { first: true, bytes: new TextEncoder().encode(texts.map((t) => `${t}\n`).join("")) };
        const result = evaluateChunk(program, chunk, { format: "ndjson", columns: { criteria: [], creditGroups: [], statuses: [] }, detail: "full" });
        const written = result.output.split("\n").filter((l: string) => l !== "");
        const parses = (text: string) => {
          try {
            JSON.parse(text);
            return true;
          } catch {
            return false;
          }
        };
        const good = texts.filter((text) => parses(text) && outcome(() => evaluateProgress(program, JSON.parse(text))).startsWith("{"));
        expect(written.length).toBe(good.length);
        expect(written.length + result.skipped.length).toBe(texts.length);
      }),
      { numRuns: RUNS.lines, seed: SEED },
    );
  }, TIMEOUT);
});
