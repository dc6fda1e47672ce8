import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress, loadCompiledProgram, ProgramDefinitionError, StudentRecordError } from "../../src/index.js";
import { programArb, studentArb, type Json } from "../requirements/arbitraries.js";
import { anything, mutate, mutationArb } from "./hostile-arbitraries.js";

/*
 * "No input makes the engine throw anything but its own errors" (DESIGN.md §7), and
 * "throws ProgramDefinitionError (checked first), then StudentRecordError" (§6).
 */

const ownError = (e: unknown) => ProgramDefinitionError.is(e) || StudentRecordError.is(e);

/** Runs `act`; anything thrown must be one of the engine's errors. Returns what was thrown. */
function onlyOwnErrors(act: () => unknown): unknown {
  try {
    act();
    return undefined;
  } catch (error) {
    if (!ownError(error)) {
      throw new Error(`threw a foreign error: ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)}`);
    }
    expect(Array.isArray((error as { issues: unknown }).issues)).toBe(true);
    expect((error as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    return error;
  }
}

const validProgram = programArb({ coursesOnly: false });
const validStudent = studentArb({ coursesOnly: false });

describe("hostile input: only the engine's own errors", () => {
  it("anything as definition and student", () => {
    fc.assert(
      fc.property(anything, anything, (definition, student) => {
        onlyOwnErrors(() => evaluateProgress(definition, student));
      }),
      { numRuns: 1000 },
    );
  });

  it("anything as definition with a valid student, and a valid definition with anything as student", () => {
    fc.assert(
      fc.property(anything, validProgram, validStudent, anything, (badDefinition, definition, student, badStudent) => {
        const e1 = onlyOwnErrors(() => evaluateProgress(badDefinition, student));
        if (e1 !== undefined) expect(ProgramDefinitionError.is(e1)).toBe(true);
        const e2 = onlyOwnErrors(() => evaluateProgress(definition, badStudent));
        if (e2 !== undefined) expect(StudentRecordError.is(e2)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("a valid program and student with one field replaced, deleted or added", () => {
    fc.assert(
      fc.property(validProgram, validStudent, mutationArb, mutationArb, fc.boolean(), (definition, student, m1, m2, both) => {
        const badDefinition = mutate(definition, m1);
        const badStudent = mutate(student, m2);
        onlyOwnErrors(() => evaluateProgress(badDefinition, student));
        onlyOwnErrors(() => evaluateProgress(definition, badStudent));
        if (both) onlyOwnErrors(() => evaluateProgress(badDefinition, badStudent));
      }),
      { numRuns: 1500 },
    );
  });

  it("anything (or a mutated program) in options.programs", () => {
    fc.assert(
      fc.property(validProgram, validProgram, mutationArb, anything, validStudent, (definition, other, m, junk, student) => {
        const named = {
          ...definition,
          criteria: [
            ...(definition["criteria"] as Json[]),
            { id: "CP", expression: "p", requirements: [{ id: "p", type: "program", programs: ["OTHER"], minRequired: 1 }] },
          ],
        };
        const s = { ...student, programs: [{ programId: "OTHER" }] };
        onlyOwnErrors(() => evaluateProgress(named, s, { programs: [mutate({ ...other, id: "OTHER" }, m)] }));
        onlyOwnErrors(() => evaluateProgress(named, s, { programs: junk as unknown[] }));
        onlyOwnErrors(() => evaluateProgress(definition, s, { programs: [junk] }));
      }),
      { numRuns: 300 },
    );
  });

  it("loadCompiledProgram on anything or a mutated envelope throws only ProgramDefinitionError", () => {
    fc.assert(
      fc.property(anything, (value) => {
        const e = onlyOwnErrors(() => loadCompiledProgram(value));
        expect(e).toBeDefined();
        expect(ProgramDefinitionError.is(e)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the definition error wins over a student error", () => {
  it("an invalid (mutated) definition throws ProgramDefinitionError whatever the student", () => {
    fc.assert(
      // The student is mutated inside the property: fast-check probes every value it generates,
      // and a mutation may put a revoked Proxy in it.
      fc.property(validProgram, mutationArb, fc.option(fc.tuple(validStudent, mutationArb)), anything, (definition, m, mutated, other) => {
        const student = mutated === null ? other : mutate(mutated[0], mutated[1]);
        const bad = mutate(definition, m);
        let invalid = false;
        try {
          compileProgram(bad);
        } catch (error) {
          if (!ProgramDefinitionError.is(error)) throw error;
          invalid = true;
        }
        fc.pre(invalid);
        const e = onlyOwnErrors(() => evaluateProgress(bad, student));
        expect(e).toBeDefined();
        expect(ProgramDefinitionError.is(e)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("anything as definition: whenever compiling fails, evaluating with a bad student still names the definition", () => {
    fc.assert(
      fc.property(anything, (definition) => {
        let invalid = false;
        try {
          compileProgram(definition);
        } catch (error) {
          if (!ProgramDefinitionError.is(error)) throw error;
          invalid = true;
        }
        fc.pre(invalid);
        const e = onlyOwnErrors(() => evaluateProgress(definition, { transcript: [{ credits: "x" }] }));
        expect(ProgramDefinitionError.is(e)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a compiled program given options.programs is a ProgramDefinitionError even with a bad student", () => {
    const compiled = compileProgram({ id: "P", criteria: [] });
    const e = onlyOwnErrors(() => evaluateProgress(compiled, 42, { programs: [] }));
    expect(ProgramDefinitionError.is(e)).toBe(true);
  });
});
