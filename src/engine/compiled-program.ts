import { ProgramDefinitionError, StudentRecordError } from "../errors/index.js";
import { COMPILED_FORMAT, COMPILED_VERSION, type CompiledProgramJSON } from "./compiled.js";
import { buildRuntime, type ProgramSetRuntime } from "./runtime.js";

/*
 * A CompiledProgram is a plain object: its JSON form (what `toJSON` returns, and so what
 * JSON.stringify writes) plus, out of sight, the evaluators built from it on first use.
 * Recognised by a registry symbol so that ESM and CJS copies of the library agree.
 */

const COMPILED = Symbol.for("program-criteria.compiledProgram");

/** A validated program, ready to evaluate any number of students. Serialise with `toJSON()`. */
export interface CompiledProgram {
  /** The id of the program this evaluates. */
  readonly programId: string;
  /** The plain-JSON compiled form; `loadCompiledProgram` turns it back into a CompiledProgram. */
  toJSON(): CompiledProgramJSON;
}

interface Internal extends CompiledProgram {
  [COMPILED]: {
    json: CompiledProgramJSON;
    runtime: ProgramSetRuntime | undefined;
    /** Loaded from JSON that may have been altered since compileProgram wrote it. */
    loaded: boolean;
  };
}

export function makeCompiledProgram(json: CompiledProgramJSON, loaded = false): CompiledProgram {
  const compiled: Internal = {
    programId: json.programId,
    toJSON: () => json,
    [COMPILED]: { json, runtime: undefined, loaded },
  };
  return Object.freeze(compiled);
}

export function isCompiledProgram(value: unknown): value is CompiledProgram {
  return typeof value === "object" && value !== null && COMPILED in value;
}

export function runtimeOf(compiled: CompiledProgram): ProgramSetRuntime {
  const state = (compiled as Internal)[COMPILED];
  state.runtime ??= buildRuntime(state.json);
  return state.runtime;
}

/**
 * Runs `work` on a compiled program; an artefact loaded from JSON and altered since it was
 * compiled can break the evaluators' assumptions, and that surfaces as a ProgramDefinitionError
 * naming the artefact, never as a TypeError from deep inside.
 */
export function guarded<T>(compiled: CompiledProgram, work: () => T): T {
  if (!(compiled as Internal)[COMPILED].loaded) return work();
  try {
    return work();
  } catch (error) {
    if (ProgramDefinitionError.is(error) || StudentRecordError.is(error)) throw error;
    throw new ProgramDefinitionError([
      {
        path: [],
        code: "damagedCompiledProgram",
        message: `the compiled program could not be evaluated (${error instanceof Error ? error.message : String(error)}); compile the definition again and ship the new compiled.toJSON() unchanged`,
      },
    ]);
  }
}

/**
 * Turns the output of `compiled.toJSON()` (for example fetched by a browser from the server that
 * compiled it) back into a CompiledProgram. Only the envelope is checked: the artefact is trusted
 * to come from `compileProgram`.
 */
export function loadCompiledProgram(json: unknown): CompiledProgram {
  const candidate = json as Partial<CompiledProgramJSON> | null;
  if (
    typeof candidate !== "object" ||
    candidate === null ||
    candidate.format !== COMPILED_FORMAT ||
    candidate.version !== COMPILED_VERSION ||
    typeof candidate.programId !== "string" ||
    !Array.isArray(candidate.programs) ||
    !candidate.programs.some((p) => typeof p === "object" && p !== null && p.id === candidate.programId)
  ) {
    throw new ProgramDefinitionError([
      {
        path: [],
        code: "notCompiledProgram",
        message: `expected the output of compileProgram(...).toJSON() (format "${COMPILED_FORMAT}", version ${COMPILED_VERSION})`,
      },
    ]);
  }
  return makeCompiledProgram(candidate as CompiledProgramJSON, true);
}
