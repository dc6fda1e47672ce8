import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  compileProgram,
  evaluateProgress,
  loadCompiledProgram,
  parseExpression,
  type Expression,
  type ProgressReport,
  type Status,
} from "../../src/index.js";
import { compileLogic, evaluateLogic } from "../../src/engine/evaluate/logic.js";
import { STATUS_OF_RANK } from "../../src/requirements/status.js";
import { programArb, strongRecordArb, studentArb, type Json } from "../requirements/arbitraries.js";
import { allCriteria, allRequirements } from "../requirements/support.js";
import { lowered, RANK } from "./status-changes.js";

const STATUSES: readonly Status[] = ["offTrack", "onTrack", "met"];
const statusArb = fc.constantFrom(...STATUSES);
const RUNS = { numRuns: 300 };

const coursesOnly = { coursesOnly: true };

describe("monotonicity", () => {
  it("adding a completed record with top grade points never lowers any status", () => {
    fc.assert(
      fc.property(programArb(coursesOnly), studentArb(coursesOnly), strongRecordArb, fc.nat(), (program, student, extra, at) => {
        const compiled = compileProgram(program);
        const before = evaluateProgress(compiled, student);
        const transcript = [...(student["transcript"] as Json[])];
        transcript.splice(at % (transcript.length + 1), 0, extra);
        const after = evaluateProgress(compiled, { ...student, transcript });
        expect(lowered(before, after)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("completing a planned or in-progress record (same credits, top grade points) never lowers any status", () => {
    fc.assert(
      fc.property(programArb(coursesOnly), studentArb(coursesOnly), fc.nat(), (program, student, pick) => {
        const transcript = student["transcript"] as Json[];
        const pending = transcript.flatMap((r, i) => (r["status"] === "planned" || r["status"] === "inProgress" ? [i] : []));
        fc.pre(pending.length > 0);
        const index = pending[pick % pending.length]!;
        const compiled = compileProgram(program);
        const before = evaluateProgress(compiled, student);
        const changed = transcript.map((r, i) =>
          i === index ? { ...r, status: "completed", gpaValue: "4", unweightedGpaValue: "4", bonusPoints: "0" } : r,
        );
        const after = evaluateProgress(compiled, { ...student, transcript: changed });
        expect(lowered(before, after)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("generated programs are valid and generated records are accepted (the generators are sound)", () => {
    fc.assert(
      fc.property(programArb({ coursesOnly: false }), studentArb({ coursesOnly: false }), (program, student) => {
        expect(() => evaluateProgress(program, student)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

/* ---------- three-valued logic through the engine ---------- */

type Ast = { ref: string } | { and: Ast[] } | { or: Ast[] } | { of: number; operands: Ast[] };

const IDS = ["x0", "x1", "x2", "x3", "x4"] as const;

const astArb: fc.Arbitrary<Ast> = fc.letrec<{ e: Ast }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...IDS).map((ref): Ast => ({ ref })),
    fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((and): Ast => ({ and })),
    fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((or): Ast => ({ or })),
    fc
      .array(tie("e"), { minLength: 1, maxLength: 4 })
      .chain((operands) => fc.integer({ min: 1, max: operands.length }).map((of): Ast => ({ of, operands }))),
  ),
})).e;

function print(e: Ast): string {
  if ("ref" in e) return e.ref;
  if ("and" in e) return e.and.map((x) => `(${print(x)})`).join(" AND ");
  if ("or" in e) return e.or.map((x) => `(${print(x)})`).join(" OR ");
  return `${e.of} OF (${e.operands.map((x) => `(${print(x)})`).join(", ")})`;
}

/** Reference semantics by sorting. */
function sortedDesc(statuses: Status[]): Status[] {
  return [...statuses].sort((a, b) => RANK[b] - RANK[a]);
}
function reference(e: Ast, env: Record<string, Status>): Status {
  if ("ref" in e) return env[e.ref]!;
  if ("and" in e) return sortedDesc(e.and.map((x) => reference(x, env))).at(-1)!;
  if ("or" in e) return sortedDesc(e.or.map((x) => reference(x, env)))[0]!;
  return sortedDesc(e.operands.map((x) => reference(x, env)))[e.of - 1]!;
}

const envArb = fc.record(Object.fromEntries(IDS.map((id) => [id, statusArb])) as Record<(typeof IDS)[number], fc.Arbitrary<Status>>);

/** Course patterns forcing a requirement to each status against FORCED_STUDENT. */
const FORCED_PATTERN: Record<Status, string> = { met: "M%", onTrack: "O%", offTrack: "F%" };
const FORCED_STUDENT = {
  id: "S",
  transcript: [
    { courseNumber: "M1", credits: [{ type: "X", amount: "1" }] },
    { courseNumber: "O1", status: "planned", credits: [{ type: "X", amount: "1" }] },
  ],
};

/** Evaluates each expression text as its own criterion (requirements forced by `env`); their statuses in order. */
function evaluateTexts(texts: string[], env: Record<string, Status>): Status[] {
  const criteria = texts.map((expression, i) => {
    const ids = [...new Set(expression.match(/x\d+/g) ?? [])];
    return {
      id: `L${i}`,
      expression,
      requirements: ids.map((id) => ({ id, type: "course", courses: [FORCED_PATTERN[env[id]!]], minCredits: "1" })),
    };
  });
  const report = evaluateProgress({ id: "LOGIC", criteria }, FORCED_STUDENT);
  for (const r of allRequirements(report)) expect(r.status).toBe(env[r.id]);
  return criteria.map((c) => report.criteria.find((x) => x.id === c.id)!.status);
}

const same = (texts: string[], env: Record<string, Status>) => {
  const results = evaluateTexts(texts, env);
  expect(new Set(results).size).toBe(1);
};

describe("three-valued logic through the engine", () => {
  it("random expression trees evaluate like the sort-based reference", () => {
    fc.assert(
      fc.property(astArb, envArb, (ast, env) => {
        expect(evaluateTexts([print(ast)], env)).toEqual([reference(ast, env)]);
      }),
      RUNS,
    );
  });

  it("AND and OR are commutative", () => {
    fc.assert(
      fc.property(astArb, astArb, envArb, (a, b, env) => {
        const [pa, pb] = [print(a), print(b)];
        same([`(${pa}) AND (${pb})`, `(${pb}) AND (${pa})`], env);
        same([`(${pa}) OR (${pb})`, `(${pb}) OR (${pa})`], env);
      }),
      RUNS,
    );
  });

  it("AND and OR are associative", () => {
    fc.assert(
      fc.property(astArb, astArb, astArb, envArb, (a, b, c, env) => {
        const [pa, pb, pc] = [print(a), print(b), print(c)];
        for (const op of ["AND", "OR"]) {
          same([`((${pa}) ${op} (${pb})) ${op} (${pc})`, `(${pa}) ${op} ((${pb}) ${op} (${pc}))`, `(${pa}) ${op} (${pb}) ${op} (${pc})`], env);
        }
      }),
      RUNS,
    );
  });

  it("absorption: A AND (A OR B) = A and A OR (A AND B) = A", () => {
    fc.assert(
      fc.property(astArb, astArb, envArb, (a, b, env) => {
        const [pa, pb] = [print(a), print(b)];
        same([`(${pa}) AND ((${pa}) OR (${pb}))`, pa], env);
        same([`(${pa}) OR ((${pa}) AND (${pb}))`, pa], env);
      }),
      RUNS,
    );
  });

  it("1 OF (…) is OR and n OF (n operands) is AND", () => {
    fc.assert(
      fc.property(fc.array(astArb, { minLength: 2, maxLength: 4 }), envArb, (operands, env) => {
        const printed = operands.map((o) => `(${print(o)})`);
        same([`1 OF (${printed.join(", ")})`, printed.join(" OR ")], env);
        same([`${printed.length} OF (${printed.join(", ")})`, printed.join(" AND ")], env);
      }),
      RUNS,
    );
  });

  it("k OF is the k-th highest of its operands", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...IDS), { minLength: 1, maxLength: 5 }).chain((ids) =>
          fc.tuple(fc.constant(ids), fc.integer({ min: 1, max: ids.length })),
        ),
        envArb,
        ([ids, k], env) => {
          const [status] = evaluateTexts([`${k} OF (${ids.join(", ")})`], env);
          expect(status).toBe(sortedDesc(ids.map((id) => env[id]!))[k - 1]);
        },
      ),
      RUNS,
    );
  });
});

describe("the logic evaluator against a sort-based reference", () => {
  const span = { start: 0, end: 0 };
  const ref = (index: number): Expression => ({ type: "ref", id: String(index), span });
  it("AND is the lowest, OR the highest, k OF the k-th highest", () => {
    fc.assert(
      fc.property(
        fc.array(statusArb, { minLength: 1, maxLength: 8 }).chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 1, max: s.length }))),
        ([statuses, k]) => {
          const sorted = sortedDesc(statuses);
          const operands = statuses.map((_, i) => ref(i));
          const run = (node: Expression) => STATUS_OF_RANK[evaluateLogic(compileLogic(node, Number), (i) => RANK[statuses[i]!])];
          expect(run({ type: "of", count: k, operands, span })).toBe(sorted[k - 1]);
          expect(run({ type: "or", operands, span })).toBe(sorted[0]);
          expect(run({ type: "and", operands, span })).toBe(sorted.at(-1));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/* ---------- JSON, determinism, compiled round trip ---------- */

const rich = { coursesOnly: false };

/** A rich program that also names another generated program, with a student assigned to it. */
const programSetArb = fc.tuple(programArb(rich), programArb(rich), studentArb(rich), fc.boolean()).map(
  ([program, inner, student, assigned]) => {
    const other = { ...inner, id: "OTHER" };
    const top = {
      ...program,
      criteria: [
        ...(program["criteria"] as Json[]),
        { id: "CP", expression: "p", requirements: [{ id: "p", type: "program", programs: ["OTHER"], minRequired: 1 }] },
      ],
    };
    return { top, other, student: assigned ? { ...student, programs: [{ programId: "OTHER" }] } : student };
  },
);

/** Asserts the value is plain JSON: no undefined, no non-finite numbers, only plain objects and arrays. */
function assertPlainJson(value: unknown, path = "report"): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    expect(Number.isFinite(value), path).toBe(true);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertPlainJson(v, `${path}[${i}]`));
    return;
  }
  expect(typeof value, path).toBe("object");
  expect(Object.getPrototypeOf(value), path).toBe(Object.prototype);
  for (const [k, v] of Object.entries(value as object)) {
    expect(v, `${path}.${k}`).not.toBeUndefined();
    assertPlainJson(v, `${path}.${k}`);
  }
}

describe("reports are plain, deterministic JSON", () => {
  it("JSON.parse(JSON.stringify(report)) deep-equals the report", () => {
    fc.assert(
      fc.property(programSetArb, ({ top, other, student }) => {
        const report = evaluateProgress(top, student, { programs: [other] });
        assertPlainJson(report);
        expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
      }),
      RUNS,
    );
  });

  it("decimals in the report are plain strings without exponent or trailing zeros", () => {
    const decimalKeys = new Set(["earnedCredits", "projectedCredits", "requiredCredits", "remainingCredits", "credits", "gpa", "requiredGpa", "minGpa", "minGpaPerCourseCredit", "attemptedCredits", "points", "rawScore", "scaleScore"]);
    const check = (value: unknown, key?: string): void => {
      if (typeof value === "string" && key !== undefined && decimalKeys.has(key)) {
        expect(value, key).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
        expect(value).not.toBe("-0");
      } else if (Array.isArray(value)) value.forEach((v) => check(v));
      else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) check(v, k);
    };
    fc.assert(
      fc.property(programSetArb, ({ top, other, student }) => {
        check(evaluateProgress(top, student, { programs: [other] }));
      }),
      RUNS,
    );
  });

  it("evaluating twice, with a freshly compiled program, or with a cloned definition gives byte-identical output", () => {
    fc.assert(
      fc.property(programSetArb, ({ top, other, student }) => {
        const options = { programs: [other] };
        const first = JSON.stringify(evaluateProgress(top, student, options));
        expect(JSON.stringify(evaluateProgress(top, student, options))).toBe(first);
        const compiled = compileProgram(top, options);
        expect(JSON.stringify(evaluateProgress(compiled, student))).toBe(first);
        expect(JSON.stringify(evaluateProgress(compiled, student))).toBe(first);
        expect(JSON.stringify(evaluateProgress(compileProgram(structuredClone(top), { programs: [structuredClone(other)] }), structuredClone(student)))).toBe(first);
      }),
      RUNS,
    );
  });

  it("compiled.toJSON() survives a JSON round trip and loadCompiledProgram gives identical reports", () => {
    fc.assert(
      fc.property(programSetArb, studentArb(rich), ({ top, other, student }, second) => {
        const compiled = compileProgram(top, { programs: [other] });
        const wire = JSON.parse(JSON.stringify(compiled));
        expect(wire).toStrictEqual(compiled.toJSON());
        expect(JSON.stringify(compiled)).toBe(JSON.stringify(compiled.toJSON()));
        const loaded = loadCompiledProgram(wire);
        expect(loaded.programId).toBe(compiled.programId);
        for (const s of [student, second]) {
          expect(JSON.stringify(evaluateProgress(loaded, s))).toBe(JSON.stringify(evaluateProgress(compiled, s)));
        }
        expect(JSON.stringify(loadCompiledProgram(JSON.parse(JSON.stringify(loaded))))).toBe(JSON.stringify(compiled));
      }),
      { numRuns: 200 },
    );
  });
});

/* ---------- whole-report consistency ---------- */

function evalParsed(e: Expression, lookup: (id: string) => Status): Status {
  if (e.type === "ref") return lookup(e.id);
  const values = sortedDesc(e.operands.map((x) => evalParsed(x, lookup)));
  if (e.type === "and") return values.at(-1)!;
  if (e.type === "or") return values[0]!;
  return values[e.count - 1]!;
}

const statusFromFigures = (earned: string, projected: string, required: string): Status =>
  new Decimal(earned).gte(required) ? "met" : new Decimal(projected).gte(required) ? "onTrack" : "offTrack";

const remaining = (earned: string, required: string) => Decimal.max(0, new Decimal(required).minus(earned)).toFixed();

describe("report consistency (DESIGN.md §4)", () => {
  it("every status follows from the figures and the expressions in the report", () => {
    fc.assert(
      fc.property(programSetArb, ({ top, other, student }) => {
        const report = evaluateProgress(top, student, { programs: [other] });
        // program: minimum over top-level criteria and credit groups (met when neither)
        const parts = [...report.criteria.map((c) => c.status), ...report.creditGroups.map((g) => g.status)];
        expect(report.status).toBe(parts.length === 0 ? "met" : sortedDesc(parts).at(-1));
        for (const c of allCriteria(report)) {
          const byId = new Map(c.requirements.map((r) => [r.id, r.status]));
          expect(c.status, c.id).toBe(evalParsed(parseExpression(c.expression), (id) => byId.get(id)!));
        }
        for (const r of allRequirements(report)) {
          if (r.type === "test" || r.type === "gpa") expect(r.status).not.toBe("onTrack");
          if (r.type === "child") expect(r.status).toBe(r.result.status);
          if (r.type === "course") {
            expect(r.status).toBe(statusFromFigures(r.earnedCredits, r.projectedCredits, r.requiredCredits!));
            expect(r.remainingCredits).toBe(remaining(r.earnedCredits, r.requiredCredits!));
            const counted = r.records.filter((x) => x.counted);
            const sum = (xs: typeof counted) => xs.reduce((a, x) => a.plus(x.credits), new Decimal(0)).toFixed();
            expect(r.earnedCredits).toBe(sum(counted.filter((x) => x.status === "completed")));
            expect(r.projectedCredits).toBe(sum(counted));
            const indexes = r.records.map((x) => x.index);
            expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
            for (const x of r.records) expect(x.counted).toBe(x.reason === undefined);
          }
          if (r.type === "program") {
            const ok = r.completed.length >= r.minRequired;
            const on = r.completed.length + r.onTrack.length >= r.minRequired;
            expect(r.status).toBe(ok ? "met" : on ? "onTrack" : "offTrack");
          }
        }
        for (const g of report.creditGroups) {
          expect(g.status).toBe(statusFromFigures(g.earnedCredits, g.projectedCredits, g.requiredCredits));
          expect(g.remainingCredits).toBe(remaining(g.earnedCredits, g.requiredCredits));
        }
        for (const s of report.statuses) {
          const byId = new Map(allCriteria(report).map((c) => [c.id, c.status]));
          if (s.status === "FIRST") expect(s.result).toBe(byId.get("C0"));
        }
      }),
      RUNS,
    );
  });
});
