import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress, type CourseRequirementResult, type CriterionResult, type ProgressReport, type RequirementResult } from "../../src/index.js";

/*
 * Exclusive allocation against brute force (DESIGN.md §11, issue 12): on small random programs and
 * students, the engine's assignment has the best objective of every assignment, and with the
 * tie-break it is the same assignment. Each assignment is judged by the engine itself in shared
 * mode, with targeted excludes keeping every record out of every requirement it is not given to,
 * and the objective is computed here from that report, independently of the engine's search.
 */

type Json = Record<string, unknown>;

/** Overlapping patterns: most conflicts are one. */
interface Universe {
  /** The pattern lists a requirement of criterion `ci` may have. */
  patterns(ci: number): string[][];
  numbers: string[];
}
const MIXED: Universe = { patterns: () => [["A%"], ["B%"], ["AB%"], ["A1", "B1"], ["%"], ["A%", "!A2"]], numbers: ["A1", "A2", "AB1", "B1", "B2"] };
/** Two families of numbers, one per criterion in turn, that no pattern crosses: independent conflicts, searched apart. */
const FAMILIES: Universe = {
  patterns: (ci) => (ci % 2 === 0 ? [["A%"], ["A1"], ["A%", "!A2"]] : [["B%"], ["B1"], ["B%", "!B2"]]),
  numbers: ["A1", "A2", "B1", "B2"],
};

const capArb = fc.oneof(
  fc.constant({ courses: ["A%"], maxCredits: "1" }),
  fc.constant({ courses: ["AB%", "B%"], maxCredits: "1.5" }),
  fc.constant({ maxCredits: "2" }),
);

/** `arb` one time in `n`, otherwise undefined. */
const sometimes = <T,>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: n - 1 }, { arbitrary: arb, weight: 1 });

const requirementArb = (u: Universe, ci: number, id: string): fc.Arbitrary<Json> =>
  fc
    .record({
      courses: fc.constantFrom(...u.patterns(ci)),
      minCredits: fc.option(fc.constantFrom("1", "1.5", "2", "3"), { nil: undefined }),
      minCourses: sometimes(fc.integer({ min: 1, max: 2 }), 4),
      caps: sometimes(fc.array(capArb, { minLength: 1, maxLength: 2 }), 4),
      shared: sometimes(fc.constant(true as const), 6),
    })
    .map((r) => {
      const out: Json = { id, type: "course", courses: r.courses };
      out["minCredits"] = r.minCredits ?? (r.minCourses === undefined ? "1" : undefined);
      if (out["minCredits"] === undefined) delete out["minCredits"];
      if (r.minCourses !== undefined) out["minCourses"] = r.minCourses;
      if (r.caps !== undefined) out["caps"] = r.caps;
      if (r.shared !== undefined) out["shared"] = true;
      return out;
    });

const criterionArb = (u: Universe, ci: number): fc.Arbitrary<Json[]> =>
  fc.integer({ min: 1, max: 3 }).chain((n) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: n }, (_, i) => requirementArb(u, ci, `R${ci}_${i}`))),
      fc.constantFrom("AND", "OR", "1 OF"),
      fc.boolean(),
    ).map(([requirements, op, optional]) => {
      const ids = requirements.map((r) => r["id"] as string);
      const expression = op === "1 OF" ? `1 OF (${ids.join(", ")})` : ids.join(` ${op} `);
      const criterion: Json = { id: `C${ci}`, expression, requirements };
      if (optional) criterion["required"] = false;
      return [criterion];
    }),
  );

const programArb = (u: Universe): fc.Arbitrary<Json> =>
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.integer({ min: -1, max: 2 }))
    .chain(([n, link, order]) =>
      fc.tuple(...Array.from({ length: n }, (_, ci) => criterionArb(u, ci))).map((parts) => {
        const criteria = parts.flat();
        // Sometimes the last criterion is linked from the first, through a child requirement.
        if (link && criteria.length > 1) {
          const first = criteria[0]!;
          const last = criteria[criteria.length - 1]!;
          (first["requirements"] as Json[]).push({ id: "LINK", type: "child", criterion: last["id"] });
          first["expression"] = `(${first["expression"] as string}) AND LINK`;
        }
        if (order >= 0 && criteria.length > 1) criteria[1]!["displayOrder"] = order;
        if (order >= 0 && criteria.length > 1) criteria[0]!["displayOrder"] = 1;
        return { id: "P", settings: { allocation: "exclusive" }, criteria };
      }),
    );

const recordArb = (u: Universe) =>
  fc.record({
    courseNumber: fc.constantFrom(...u.numbers),
    status: fc.constantFrom("completed", "completed", "inProgress", "planned"),
    credits: fc.constantFrom("0", "0.5", "1", "1"),
  });

const studentArb = (u: Universe) =>
  fc.array(recordArb(u), { minLength: 1, maxLength: 7 }).map((records) => ({
    id: "S",
    transcript: records.map((r, i) => ({ id: i, courseNumber: r.courseNumber, status: r.status, credits: [{ type: "X", amount: r.credits }] })),
  }));

function allRequirements(report: ProgressReport): RequirementResult[] {
  const out: RequirementResult[] = [];
  const stack: CriterionResult[] = [...report.criteria];
  for (let c = stack.pop(); c !== undefined; c = stack.pop()) {
    for (const r of c.requirements) {
      out.push(r);
      if (r.type === "child") stack.push(r.result);
    }
  }
  return out;
}

const RANK = { offTrack: 0, onTrack: 1, met: 2 } as const;

/** The objective of read from a report. */
function objective(report: ProgressReport, optional: ReadonlySet<string>): number[] {
  const top = report.criteria;
  const vector: number[] = [RANK[report.status]];
  for (const c of top) if (!optional.has(c.id)) vector.push(RANK[c.status]);
  for (const c of top) if (optional.has(c.id)) vector.push(RANK[c.status]);
  const all = allRequirements(report);
  vector.push(all.filter((r) => r.status === "met").length, all.filter((r) => r.status === "onTrack").length);
  return vector;
}

const compareVectors = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

interface Taker {
  criterion: string;
  requirement: string;
  /** (criterion definition index, requirement definition index), for the tie-break. */
  order: number;
}

describe("exclusive allocation agrees with brute force", () => {
  it.each([
    ["overlapping patterns", MIXED],
    ["independent families of courses", FAMILIES],
  ])("same objective and the same assignment as enumerating every assignment: %s", (_, universe) => {
    fc.assert(
      fc.property(programArb(universe), studentArb(universe), (program, student) => {
        const shared = { ...program, settings: {} };
        const optional = new Set((program["criteria"] as Json[]).filter((c) => c["required"] === false).map((c) => c["id"] as string));
        const sharedCompiled = compileProgram(shared);
        const base = evaluateProgress(sharedCompiled, student);
        // Takers in definition order, and each record's candidates.
        const takers: Taker[] = [];
        (program["criteria"] as Json[]).forEach((c, ci) =>
          (c["requirements"] as Json[]).forEach((r, ri) => {
            if (r["type"] === "course" && r["shared"] !== true) takers.push({ criterion: c["id"] as string, requirement: r["id"] as string, order: ci * 100 + ri });
          }),
        );
        const results = new Map(allRequirements(base).map((r) => [`${r.criterion}/${r.id}`, r]));
        const candidates: number[][] = student.transcript.map((record) =>
          takers.flatMap((t, ti) => {
            const r = results.get(`${t.criterion}/${t.requirement}`) as CourseRequirementResult;
            return r.records.some((x) => x.index === record.id && x.counted) ? [ti] : [];
          }),
        );
        const open = candidates.map((c, i) => [i, c] as const).filter(([, c]) => c.length > 0);
        const combinations = open.reduce((n, [, c]) => n * c.length, 1);
        fc.pre(combinations <= 4000);

        // Every assignment, in tie-break order: record by record, earlier requirement first. Every
        // candidate is given to one of its requirements, so "none" is not an assignment.
        let best: { value: number[]; assignment: number[] } | undefined;
        const assignment = new Array<number>(open.length).fill(0);
        for (let n = 0; n < combinations; n++) {
          let rest = n;
          for (let k = open.length - 1; k >= 0; k--) {
            const size = open[k]![1].length;
            assignment[k] = rest % size;
            rest = Math.floor(rest / size);
          }
          const exceptions: Json[] = [];
          open.forEach(([record, cands], k) => {
            cands.forEach((ti, j) => {
              if (j === assignment[k]) return;
              const t = takers[ti]!;
              exceptions.push({ id: `x${exceptions.length}`, program: "P", kind: "exclude", criterion: t.criterion, requirement: t.requirement, record: { id: record } });
            });
          });
          const value = objective(evaluateProgress(sharedCompiled, { ...student, exceptions }), optional);
          if (best === undefined || compareVectors(value, best.value) > 0) best = { value, assignment: [...assignment] };
        }

        const report = evaluateProgress(program, student);
        expect(report.warnings.some((w) => w.code === "allocationBudget")).toBe(false);
        expect(objective(report, optional)).toEqual(best!.value);
        // The engine's assignment: where each open record counted.
        const engine = new Map(allRequirements(report).map((r) => [`${r.criterion}/${r.id}`, r]));
        const chosen = open.map(([record, cands]) => {
          const at = cands.findIndex((ti) => {
            const t = takers[ti]!;
            const r = engine.get(`${t.criterion}/${t.requirement}`) as CourseRequirementResult;
            return r.records.some((x) => x.index === record && x.counted);
          });
          return at;
        });
        expect(chosen).toEqual(best!.assignment);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});
