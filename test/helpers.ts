import { ProgramDefinitionError, StudentRecordError } from "../src/index.js";

/** A one-criterion program whose expression names every requirement given (ANDed). */
export function programWith(requirements: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return {
    id: "P",
    name: "P",
    criteria: [
      {
        id: "C",
        expression: requirements.filter((r) => r["recommended"] !== true).map((r) => r["id"]).join(" AND "),
        requirements,
      },
    ],
    ...extra,
  };
}

/** The issues of the error `run` throws, as `[path joined by ".", code]` pairs. */
export function issuesOf(run: () => unknown): [string, string][] {
  try {
    run();
  } catch (error) {
    if (ProgramDefinitionError.is(error) || StudentRecordError.is(error)) {
      return error.issues.map((i) => [i.path.join("."), i.code]);
    }
    throw error;
  }
  throw new Error("expected an error");
}

/** The thrown error itself, for message assertions. */
export function errorOf(run: () => unknown): Error & { issues: { path: (string | number)[]; code: string; message: string }[] } {
  try {
    run();
  } catch (error) {
    return error as never;
  }
  throw new Error("expected an error");
}
