/*
 * fast-check generators of valid program definitions and student records, shared by the
 * property tests in test/engine/properties*.test.ts.
 */
import fc from "fast-check";

export type Json = Record<string, unknown>;

export const COURSE_NUMBERS = ["A1", "A2", "B1", "B2", "C1", "a1"] as const;
export const COURSE_PATTERNS = ["A1", "A2", "B1", "a%", "A%", "B%", "_1", "%", "[AB]2", "!A2", "!B%", "![c]1"] as const;
export const STATE_CODES = ["S1", "S2"] as const;
export const STATE_PATTERNS = ["S1", "S%", "!S2"] as const;
export const CREDIT_TYPES = ["English", "Math", "Art"] as const;
export const MIN_GPAS = ["2", "3", "3.5"] as const;
/** Grade points at or above every minimum the generators use. */
export const TOP_POINTS = "4";

/**
 * Builds an expression text over `ids` (each used once) from a stream of choices: a random tree of
 * AND, OR and `k OF` groups, every operand bracketed.
 */
export function buildExpression(ids: readonly string[], choices: readonly number[]): string {
  let at = 0;
  const pick = () => choices[at++ % choices.length]!;
  const build = (part: readonly string[]): string => {
    if (part.length === 1) return part[0]!;
    const groups = 2 + (pick() % (part.length - 1));
    const cuts = Array.from({ length: part.length - 1 }, (_, i) => i + 1);
    for (let i = cuts.length - 1; i > 0; i--) {
      const j = pick() % (i + 1);
      [cuts[i], cuts[j]] = [cuts[j]!, cuts[i]!];
    }
    const chosen = cuts.slice(0, groups - 1).sort((a, b) => a - b);
    const pieces: string[][] = [];
    let from = 0;
    for (const cut of [...chosen, part.length]) {
      pieces.push(part.slice(from, cut));
      from = cut;
    }
    const operands = pieces.map((p) => `(${build(p)})`);
    const op = pick() % 3;
    if (op === 0) return operands.join(" AND ");
    if (op === 1) return operands.join(" OR ");
    return `${1 + (pick() % operands.length)} OF (${operands.join(", ")})`;
  };
  return build(ids);
}

const choices = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 24 });

/** `arb` in about one case of `oneIn`, else left out. */
const sometimes = <T>(arb: fc.Arbitrary<T>, oneIn: number) =>
  fc.oneof({ arbitrary: arb, weight: 1 }, { arbitrary: fc.constant(undefined), weight: oneIn - 1 });

/** Drops the keys whose value is undefined (optional keys are left out, never undefined). */
const defined = (o: Record<string, unknown>): Json =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const courseRequirement = (id: string) =>
  fc
    .record({
      courses: fc.subarray([...COURSE_PATTERNS], { minLength: 1, maxLength: 3 }),
      stateCodes: sometimes(fc.subarray([...STATE_PATTERNS], { minLength: 1, maxLength: 2 }), 3),
      minCredits: fc.constantFrom("0.5", "1", "1", "1.5", "2", 1),
      minGpa: sometimes(fc.constantFrom(...MIN_GPAS), 3),
      limitCreditType: sometimes(fc.constantFrom(...CREDIT_TYPES), 4),
      description: sometimes(fc.constant("d"), 2),
    })
    .map((r) => ({ id, type: "course", ...defined(r) }));

const testRequirement = (id: string) =>
  fc.oneof(
    fc.record({
      testCodes: fc.subarray(["T1", "T%", "!T2"], { minLength: 1 }),
      scoreEvaluation: fc.constant("countPassing"),
      count: fc.integer({ min: 1, max: 2 }),
      assumePassed: fc.boolean(),
    }),
    fc.record(
      {
        testCodes: fc.subarray(["T1", "T%", "!T2"], { minLength: 1 }),
        scoreEvaluation: fc.constantFrom("oneAtOrAbove", "sumAtOrAbove"),
        minRawScore: fc.constantFrom("10", "25.5"),
        minScaleScore: fc.constantFrom("60", 100),
        subject: fc.constantFrom("math", "Reading"),
      },
      { requiredKeys: ["testCodes", "scoreEvaluation", "minRawScore"] },
    ),
  ).map((r) => ({ id, type: "test", ...r }));

const gpaRequirement = (id: string) =>
  fc
    .record(
      {
        calculation: fc.constantFrom("cumulative", "core"),
        calculationType: fc.constantFrom("weighted", "unweighted", "weightedWithBonus", "unweightedWithBonus"),
        minOverallGpa: fc.constantFrom("2", "2.5", "3.25"),
        minGpaPerCourseCredit: fc.constantFrom("1", "1.5"),
      },
      { requiredKeys: ["calculation", "minOverallGpa"] },
    )
    .map((r) => ({ id, type: "gpa", ...r }));

export interface ProgramShape {
  /** Course requirements only (the monotonicity property needs that); otherwise tests and GPAs too. */
  coursesOnly: boolean;
}

/** A valid program: 1–3 criteria of 1–4 requirements, random expressions, optional child links and credit groups. */
export function programArb({ coursesOnly }: ProgramShape): fc.Arbitrary<Json> {
  return fc
    .record({
      criteriaSizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
      links: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      seed: fc.array(choices, { minLength: 3, maxLength: 3 }),
      kinds: fc.array(fc.nat({ max: 5 }), { minLength: 12, maxLength: 12 }),
      settings: fc.option(
        fc.record(
          {
            gpaType: fc.constantFrom("weighted", "unweighted", "weightedWithBonus", "unweightedWithBonus"),
            gpaDecimals: fc.integer({ min: 0, max: 4 }),
            gpaRounding: fc.constantFrom("halfUp", "truncate"),
            caseSensitive: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
      parentCreditTypes: sometimes(fc.subarray([...CREDIT_TYPES], { minLength: 1 }), 4),
      creditGroups: fc.array(
        fc.record(
          { creditTypes: fc.subarray([...CREDIT_TYPES], { minLength: 1 }), minCredits: fc.constantFrom("1", "2", "3.5") },
          { requiredKeys: ["minCredits"] },
        ),
        { maxLength: 2 },
      ),
      displayOrders: fc.array(fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
    })
    .chain((shape) => {
      const perRequirement: fc.Arbitrary<Json>[] = [];
      let n = 0;
      shape.criteriaSizes.forEach((size, ci) => {
        for (let ri = 0; ri < size; ri++) {
          const id = `r${ci}_${ri}`;
          const kind = coursesOnly ? 0 : shape.kinds[n++ % shape.kinds.length]!;
          perRequirement.push(kind === 4 ? testRequirement(id) : kind === 5 ? gpaRequirement(id) : courseRequirement(id));
        }
      });
      return fc.tuple(fc.constant(shape), fc.tuple(...perRequirement));
    })
    .map(([shape, flat]) => {
      let at = 0;
      const criteria = shape.criteriaSizes.map((size, ci) => {
        const requirements: Json[] = flat.slice(at, at + size);
        at += size;
        const next = ci + 1;
        if (next < shape.criteriaSizes.length && shape.links[ci]) {
          requirements.push({ id: `link${next}`, type: "child", criterion: `C${next}` });
        }
        const ids = requirements.map((r) => r["id"] as string);
        const criterion: Json = { id: `C${ci}`, expression: buildExpression(ids, shape.seed[ci]!), requirements };
        const order = shape.displayOrders[ci];
        if (order !== undefined) criterion["displayOrder"] = order;
        return criterion;
      });
      const program: Json = {
        id: "PROG",
        name: "Program",
        criteria,
        gpaCalculations: [{ id: "core", courses: ["A%"], gradeLevels: [9, 10] }],
        statuses: [{ status: "FIRST", expression: "C0" }],
      };
      if (shape.settings !== undefined) program["settings"] = shape.settings;
      if (shape.parentCreditTypes !== undefined) program["parentCreditTypes"] = shape.parentCreditTypes;
      if (shape.creditGroups.length > 0) {
        program["creditGroups"] = shape.creditGroups.map((g, i) => ({ id: `G${i}`, name: `Group ${i}`, ...g }));
      }
      return program;
    });
}

export const creditLines = fc.array(
  fc.record({ type: fc.constantFrom(...CREDIT_TYPES), amount: fc.constantFrom("0", "0.5", "1", "1", "1.25", 1) }),
  { minLength: 0, maxLength: 2, depthIdentifier: "lines" },
).map((lines) => lines);

export const recordArb: fc.Arbitrary<Json> = fc.record(
  {
    courseNumber: fc.constantFrom(...COURSE_NUMBERS),
    stateCode: fc.constantFrom(...STATE_CODES),
    status: fc.constantFrom("completed", "inProgress", "planned"),
    credits: creditLines,
    attempted: fc.constantFrom("0.5", "1"),
    gpaValue: fc.constantFrom("0", "1.5", "2.5", "3", "3.5", "4", "4"),
    unweightedGpaValue: fc.constantFrom("1", "3", "3.5"),
    bonusPoints: fc.constantFrom("0", "0.5"),
    excludeFromGpa: fc.boolean(),
    standardsBased: fc.constantFrom(false, false, true),
    gradeLevel: fc.integer({ min: 9, max: 12 }),
  },
  { requiredKeys: ["courseNumber", "credits"] },
);

const testScoreArb = fc.record(
  {
    testCode: fc.constantFrom("T1", "T2", "T3", "t1"),
    subject: fc.constantFrom("Math", "Reading"),
    rawScore: fc.constantFrom("5", "12.5", "30"),
    scaleScore: fc.constantFrom("40", "70", "110"),
    passed: fc.boolean(),
  },
  { requiredKeys: ["testCode"] },
);

export function studentArb({ coursesOnly }: ProgramShape): fc.Arbitrary<Json> {
  return fc
    .record({
      transcript: fc.array(recordArb, { maxLength: 10 }),
      tests: coursesOnly ? fc.constant([]) : fc.array(testScoreArb, { maxLength: 4 }),
      gpas: coursesOnly
        ? fc.constant([])
        : fc.array(
            fc.record({
              calculation: fc.constantFrom("cumulative", "core"),
              type: fc.constantFrom("weighted", "unweighted"),
              value: fc.constantFrom("2.44445", "3.1", 3),
            }),
            { maxLength: 1 },
          ),
    })
    .map((s) => ({ id: "S", ...s }));
}

/** A completed, non-standards-based record whose grade points reach every minimum. */
export const strongRecordArb: fc.Arbitrary<Json> = fc.record({
  courseNumber: fc.constantFrom(...COURSE_NUMBERS),
  stateCode: fc.option(fc.constantFrom(...STATE_CODES), { nil: undefined }),
  credits: creditLines,
}).map((r) => {
  const out: Json = { ...r, status: "completed", gpaValue: TOP_POINTS, unweightedGpaValue: TOP_POINTS };
  if (r.stateCode === undefined) delete out["stateCode"];
  return out;
});
