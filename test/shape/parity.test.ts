/*
 * The shape reader and the zod schemas are both derived from the same declarations; these
 * properties hold them together on definitions: they accept exactly the same values and name the
 * same problem paths (zod is what callers and the JSON Schema files see; the reader is what the
 * engine runs).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProgramDefinitionSchema } from "../../src/index.js";
import { ProgramShape } from "../../src/definition/shape.js";
import { toIssues } from "../../src/schema/issues.js";
import { readShape } from "../../src/shape/read.js";
import { programArb, type Json } from "../requirements/arbitraries.js";

const wrong = fc.oneof(
  fc.constantFrom("1", "-1", "-0", "1e3", ".5", "", "abc", "course", "test", "countPassing", "halfUp", "weighted"),
  fc.constantFrom(0, 1, -2, 2.5, 1e21, 2 ** 53, 5),
  fc.constantFrom(true, false, null),
  fc.constant([]),
  fc.constant({}),
  fc.constant(["x"]),
);

type Edit = { kind: "replace"; value: unknown } | { kind: "delete" } | { kind: "add"; key: string; value: unknown };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  wrong.map((value) => ({ kind: "replace" as const, value })),
  fc.constant({ kind: "delete" as const }),
  fc.tuple(fc.constantFrom("minCredit", "extra", "type", "id", "count"), wrong).map(([key, value]) => ({ kind: "add" as const, key, value })),
);

/** Every node of a JSON tree with a way to change it. */
function spots(root: Json): { parent: Json | unknown[]; key: string | number }[] {
  const out: { parent: Json | unknown[]; key: string | number }[] = [];
  const stack: unknown[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (Array.isArray(node)) node.forEach((v, i) => (out.push({ parent: node, key: i }), stack.push(v)));
    else if (typeof node === "object" && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        out.push({ parent: node as Json, key: k });
        stack.push(v);
      }
    }
  }
  return out;
}

// Edits insert copies: fast-check hands out the same `[]` and `{}` every time, and an edit that
// added one of them into itself made a cycle that `spots` walked until the heap ran out (the
// occasional worker OOM in CI).
function apply(program: Json, edits: [number, Edit][]): Json {
  const copy = structuredClone(program);
  for (const [at, e] of edits) {
    const all = spots(copy);
    if (all.length === 0) break;
    const { parent, key } = all[at % all.length]!;
    if (e.kind === "replace") (parent as Record<string | number, unknown>)[key] = structuredClone(e.value);
    else if (e.kind === "delete") {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Json)[key as string];
    } else {
      const target = (parent as Record<string | number, unknown>)[key];
      if (typeof target === "object" && target !== null && !Array.isArray(target)) (target as Json)[e.key] = structuredClone(e.value);
    }
  }
  return copy;
}

const paths = (issues: { path: (string | number)[] }[]) => [...new Set(issues.map((i) => i.path.join(".")))].sort();

describe("definitions: the shape reader and ProgramDefinitionSchema", () => {
  it("accept the same definitions and name the same problem paths", () => {
    fc.assert(
      fc.property(programArb({ coursesOnly: false }), fc.array(fc.tuple(fc.nat(), edit), { maxLength: 3 }), (program, edits) => {
        const value = apply(program, edits);
        const read = readShape(ProgramShape, value);
        const zod = ProgramDefinitionSchema.safeParse(value, { reportInput: true });
        expect(read.ok).toBe(zod.success);
        expect(read.ok ? [] : paths(read.sink.list())).toEqual(zod.success ? [] : paths(toIssues(zod.error.issues)));
      }),
      { numRuns: 1_500 },
    );
  });
});
