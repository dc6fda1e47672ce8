/*
 * `benchProgram()` encoded for json-logic-js, the way a team adopting it would: every condition is
 * JsonLogic over the raw student record (`filter` / `reduce` / `some` / `none` over the transcript
 * and tests, `+` and `*` on the decimal strings), with one custom operation, `like`, for SQL LIKE
 * patterns. The rules are built by small TypeScript helpers (they are still plain JsonLogic data).
 *
 * Layering: one rule per requirement level (met, and ≥ onTrack for course requirements), then
 * one per criterion level over those results (`and` / `or`, `2 OF` as an `or` of `and`s), then
 * credit groups and the program. A generic runner applies them in order, storing each result in
 * the data under the rule's name (`r.ENG9_met`), so later rules read earlier ones with `var`.
 *
 * A second encoding, `jsonLogicOpsRules`, is what a team would write after finding the first slow:
 * the same rule layering, but each requirement's quantity comes from a generic custom operation
 * (test/bench/peer-facts.ts: `courseCredits(transcript, patterns, stateCodes, types, statuses,
 * minGpa)`, `gpa(…)`, `passedTestCodes(…)`, …) and JsonLogic only compares and combines.
 *
 * Numbers are floats: credit sums (multiples of 0.25) are exact; the GPA test "rounded half-up to
 * 4 places ≥ 2.0" is written `≥ 1.99995`, which is exact here because the generator's GPAs are
 * fractions whose nearest neighbours lie much further than float error from the threshold.
 */
import jsonLogic from "json-logic-js";
import { like } from "./like.js";
import * as facts from "./peer-facts.js";
import { COURSES, GROUPS, type CourseReq } from "./peer-rules.js";
import { statusOf, type Statuses } from "./statuses.js";

jsonLogic.add_operation("like", (value: unknown, pattern: string) => like(value, pattern));
// The generic operations of the second encoding (positional arguments: a params object with one
// key would read as an operation).
type T = facts.Rec[];
type S = facts.Score[];
jsonLogic.add_operation("courseCredits", (t: T, courses: string[], stateCodes: string[], types: string[], statuses: "completed" | "all", minGpa: number | null) =>
  facts.courseCredits(t, { courses, stateCodes, types, statuses, ...(minGpa === null ? {} : { minGpa }) }),
);
jsonLogic.add_operation("groupCredits", (t: T, types: string[] | null, statuses: "completed" | "all") => facts.groupCredits(t, { types, statuses }));
const gpaParams = (points: "weighted" | "unweighted", courses: string[] | null, gradeLevels: number[] | null): facts.GpaParams => ({
  points,
  ...(courses === null ? {} : { courses }),
  ...(gradeLevels === null ? {} : { gradeLevels }),
});
jsonLogic.add_operation("gpa", (t: T, points: "weighted" | "unweighted", courses: string[] | null, levels: number[] | null) =>
  facts.gpa(t, gpaParams(points, courses, levels)),
);
jsonLogic.add_operation("lowestGradePoints", (t: T, points: "weighted" | "unweighted", courses: string[] | null, levels: number[] | null) =>
  facts.lowestGradePoints(t, gpaParams(points, courses, levels)),
);
jsonLogic.add_operation("passedTestCodes", (tests: S, testCodes: string[], stateCodes: string[]) => facts.passedTestCodes(tests, { testCodes, stateCodes }));
jsonLogic.add_operation("bestScore", (tests: S, testCodes: string[], stateCodes: string[], score: "rawScore" | "scaleScore") =>
  facts.bestScore(tests, { testCodes, stateCodes, score }),
);
jsonLogic.add_operation("sumOfBestScores", (tests: S, testCodes: string[], stateCodes: string[], score: "rawScore" | "scaleScore") =>
  facts.sumOfBestScores(tests, { testCodes, stateCodes, score }),
);

type RulesLogic = Parameters<typeof jsonLogic.apply>[0];
type Logic = RulesLogic | Record<string, unknown> | unknown[] | string | number | boolean | null;
const v = (path: string): Logic => ({ var: path });
const likeOp = (path: string, pattern: string): Logic => ({ like: [v(path), pattern] });

const PARENT = facts.PARENT;

const completed: Logic = { or: [{ "!": v("status") }, { "==": [v("status"), "completed"] }] };
const notStandardsBased: Logic = { "!": v("standardsBased") };

/** The pattern-list rule over a record (or a score): positive match in either list, no exclusion. */
function matches(numberPath: string, patterns: string[], stateCodes: string[] = []): Logic {
  const positive = [
    ...patterns.filter((p) => !p.startsWith("!")).map((p) => likeOp(numberPath, p)),
    ...stateCodes.filter((p) => !p.startsWith("!")).map((p) => likeOp("stateCode", p)),
  ];
  const excluded = [
    ...patterns.filter((p) => p.startsWith("!")).map((p) => ({ "!": likeOp(numberPath, p.slice(1)) })),
    ...stateCodes.filter((p) => p.startsWith("!")).map((p) => ({ "!": likeOp("stateCode", p.slice(1)) })),
  ];
  return { and: [{ or: positive }, ...excluded] };
}

/** Σ of a record's credit lines whose type is `type` (or in `types`). `at` is "current." inside reduce. */
function creditsOf(at: string, types: string | string[] | null): Logic {
  const lines = v(`${at}credits`);
  const kept = types === null ? lines : { filter: [lines, typeof types === "string" ? { "==": [v("type"), types] } : { in: [v("type"), types] }] };
  return { reduce: [kept, { "+": [v("accumulator"), v("current.amount")] }, 0] };
}

/** Σ counted credits over the transcript records satisfying `where`. */
function sumCredits(where: Logic[], types: string | string[] | null): Logic {
  return { reduce: [{ filter: [v("transcript"), { and: [notStandardsBased, ...where] }] }, { "+": [v("accumulator"), creditsOf("current.", types)] }, 0] };
}



function courseRules(c: CourseReq): [string, Logic][] {
  const match = matches("courseNumber", c.courses, c.stateCodes);
  const types = c.limitCreditType ?? PARENT;
  const gpaOk = c.minGpa === undefined ? [] : [{ ">=": [v("gpaValue"), c.minGpa] }];
  const gpaOkUnlessPlanned = c.minGpa === undefined ? [] : [{ or: [{ "!": completed }, { ">=": [v("gpaValue"), c.minGpa] }] }];
  return [
    [`${c.id}_met`, { ">=": [sumCredits([completed, match, ...gpaOk], types), c.minCredits] }],
    [`${c.id}_on`, { ">=": [sumCredits([match, ...gpaOkUnlessPlanned], types), c.minCredits] }],
  ];
}

/** GPA-eligible records: completed, counted, not excluded, with grade points. */
function gpaRule(id: string, points: "weighted" | "unweighted", min: number, perCourseMin: number | null, filter: Logic[]): [string, Logic] {
  const pointsOf = (at: string): Logic =>
    points === "weighted" ? v(`${at}gpaValue`) : { if: [{ "!=": [v(`${at}unweightedGpaValue`), null] }, v(`${at}unweightedGpaValue`), v(`${at}gpaValue`)] };
  const eligible = { filter: [v("transcript"), { and: [completed, notStandardsBased, { "!": v("excludeFromGpa") }, { "!=": [pointsOf(""), null] }, ...filter] }] };
  const weight: Logic = { if: [{ "!=": [v("current.attempted"), null] }, { "+": [v("current.attempted")] }, creditsOf("current.", null)] };
  const sumPW = { reduce: [eligible, { "+": [v("accumulator"), { "*": [pointsOf("current."), weight] }] }, 0] };
  const sumW = { reduce: [eligible, { "+": [v("accumulator"), weight] }, 0] };
  // Rounded half-up to 4 places ≥ min  ⇔  gpa ≥ min − 0.00005.
  const overall = { ">=": [{ "/": [sumPW, sumW] }, min - 0.00005] };
  const logic = perCourseMin === null ? overall : { and: [overall, { none: [eligible, { "<": [pointsOf(""), perCourseMin] }] }] };
  return [`${id}_met`, logic];
}

const scoreMatch = (codes: string[], stateCodes: string[] = []) => matches("testCode", codes, stateCodes);

/** The best scale score among scores matching `code` (0 when none). */
const bestScale = (code: string): Logic => ({
  reduce: [{ filter: [v("tests"), { and: [likeOp("testCode", code), { "!=": [v("scaleScore"), null] }] }] }, { max: [v("accumulator"), v("current.scaleScore")] }, 0],
});



/** Criterion expressions as builders over a requirement-level reader (`met` or `on`). */
type Ref = (id: string) => Logic;
const CRITERIA: { id: string; reqs: string[]; tree: (r: Ref) => Logic }[] = [
  { id: "ENGLISH", reqs: ["ENG9", "ENG10", "ENG_UPPER", "ENG_CREDITS"], tree: (r) => ({ and: [r("ENG9"), r("ENG10"), r("ENG_UPPER"), r("ENG_CREDITS")] }) },
  { id: "MATH", reqs: ["ALG1", "GEOM", "ALG2", "STATS", "MATH_CREDITS"], tree: (r) => ({ and: [r("ALG1"), r("GEOM"), { or: [r("ALG2"), r("STATS")] }, r("MATH_CREDITS")] }) },
  {
    id: "SCIENCE",
    reqs: ["BIO", "CHEM", "PHYS", "EARTH", "SCI_CREDITS"],
    tree: (r) => ({
      and: [r("BIO"), { or: [{ and: [r("CHEM"), r("PHYS")] }, { and: [r("CHEM"), r("EARTH")] }, { and: [r("PHYS"), r("EARTH")] }] }, r("SCI_CREDITS")],
    }),
  },
  { id: "SOCIAL", reqs: ["WORLD", "US_HIST", "SOC_CREDITS"], tree: (r) => ({ and: [r("WORLD"), r("US_HIST"), r("SOC_CREDITS")] }) },
  { id: "PATHWAY", reqs: ["ARTS", "WORLD_LANG", "CTE"], tree: (r) => ({ or: [r("ARTS"), r("WORLD_LANG"), r("CTE")] }) },
  {
    id: "ACADEMIC",
    reqs: ["GPA_W", "GPA_CORE", "ALG_EOC", "EOC2", "SAT"],
    tree: (r) => ({ and: [{ or: [r("GPA_W"), r("GPA_CORE")] }, { or: [r("ALG_EOC"), r("EOC2"), r("SAT")] }] }),
  },
];
const MET_ONLY = new Set(["GPA_W", "GPA_CORE", "ALG_EOC", "EOC2", "SAT"]);

/** Criteria, credit groups and the program over the requirement results (shared by both encodings). */
function upperRules(groupRule: (g: (typeof GROUPS)[number], statuses: "completed" | "all") => Logic): [string, Logic][] {
  return [
    ...CRITERIA.flatMap((c): [string, Logic][] => [
      [`${c.id}_met`, c.tree((id) => v(`r.${id}_met`))],
      [`${c.id}_on`, c.tree((id) => v(MET_ONLY.has(id) ? `r.${id}_met` : `r.${id}_on`))],
    ]),
    ...GROUPS.flatMap((g): [string, Logic][] => [
      [`G_${g.id}_met`, groupRule(g, "completed")],
      [`G_${g.id}_on`, groupRule(g, "all")],
    ]),
    ["PROGRAM_met", { and: [...CRITERIA.map((c) => v(`r.${c.id}_met`)), ...GROUPS.map((g) => v(`r.G_${g.id}_met`))] }],
    ["PROGRAM_on", { and: [...CRITERIA.map((c) => v(`r.${c.id}_on`)), ...GROUPS.map((g) => v(`r.G_${g.id}_on`))] }],
  ];
}

/** Pure JsonLogic (plus `like`): the ordered rule list `[name, JsonLogic]`; each result is stored at `r.<name>`. */
export const jsonLogicRules: [string, Logic][] = [
  ...COURSES.flatMap(courseRules),
  gpaRule("GPA_W", "weighted", 2.0, 1.0, []),
  gpaRule("GPA_CORE", "unweighted", 2.5, null, [
    matches("courseNumber", ["ENG%", "MAT%", "SCI%", "SOC%", "!ENG199", "!MAT100"]),
    { in: [v("gradeLevel"), [9, 10, 11, 12]] },
  ]),
  ["ALG_EOC_met", { some: [v("tests"), { and: [scoreMatch(["EOC-ALG%"], ["ALG1"]), { ">=": [v("scaleScore"), 400] }] }] }],
  [
    "EOC2_met",
    {
      ">=": [
        {
          reduce: [
            // distinct passed test codes …
            {
              reduce: [
                { filter: [v("tests"), { and: [scoreMatch(["EOC-%", "!EOC-ALG1"]), { "===": [v("passed"), true] }] }] },
                { if: [{ in: [v("current.testCode"), v("accumulator")] }, v("accumulator"), { merge: [v("accumulator"), [v("current.testCode")]] }] },
                [],
              ],
            },
            // … counted
            { "+": [v("accumulator"), 1] },
            0,
          ],
        },
        2,
      ],
    },
  ],
  ["SAT_met", { ">=": [{ "+": [bestScale("SAT-ERW"), bestScale("SAT-M")] }, 1010] }],
  ...upperRules((g, statuses) => ({ ">=": [sumCredits(statuses === "completed" ? [completed] : [], g.types), g.min] })),
];

const CORE_COURSES = ["ENG%", "MAT%", "SCI%", "SOC%", "!ENG199", "!MAT100"];

/** JsonLogic over generic custom operations: the same layering, the arithmetic in the operations. */
export const jsonLogicOpsRules: [string, Logic][] = [
  ...COURSES.flatMap((c): [string, Logic][] => {
    const args = (statuses: string) => [v("transcript"), c.courses, c.stateCodes ?? [], c.limitCreditType !== undefined ? [c.limitCreditType] : PARENT, statuses, c.minGpa ?? null];
    return [
      [`${c.id}_met`, { ">=": [{ courseCredits: args("completed") }, c.minCredits] }],
      [`${c.id}_on`, { ">=": [{ courseCredits: args("all") }, c.minCredits] }],
    ];
  }),
  [
    "GPA_W_met",
    {
      and: [
        { ">=": [{ gpa: [v("transcript"), "weighted", null, null] }, 2.0 - 0.00005] },
        { ">=": [{ lowestGradePoints: [v("transcript"), "weighted", null, null] }, 1.0] },
      ],
    },
  ],
  ["GPA_CORE_met", { ">=": [{ gpa: [v("transcript"), "unweighted", CORE_COURSES, [9, 10, 11, 12]] }, 2.5 - 0.00005] }],
  ["ALG_EOC_met", { ">=": [{ bestScore: [v("tests"), ["EOC-ALG%"], ["ALG1"], "scaleScore"] }, 400] }],
  ["EOC2_met", { ">=": [{ passedTestCodes: [v("tests"), ["EOC-%", "!EOC-ALG1"], []] }, 2] }],
  ["SAT_met", { ">=": [{ sumOfBestScores: [v("tests"), ["SAT-ERW", "SAT-M"], [], "scaleScore"] }, 1010] }],
  ...upperRules((g, statuses) => ({ ">=": [{ groupCredits: [v("transcript"), g.types, statuses] }, g.min] })),
];

/** Applies the pure JsonLogic rules to one parsed student and reads the statuses out of the results. */
export function evaluateJsonLogic(student: unknown): Statuses {
  return run(jsonLogicRules, student);
}

/** The same with the custom-operations encoding. */
export function evaluateJsonLogicOps(student: unknown): Statuses {
  return run(jsonLogicOpsRules, student);
}

function run(rules: [string, Logic][], student: unknown): Statuses {
  const s = student as { transcript?: unknown[]; tests?: unknown[] };
  const r: Record<string, boolean> = {};
  const data = { transcript: s.transcript ?? [], tests: s.tests ?? [], r };
  for (const [name, logic] of rules) r[name] = jsonLogic.truthy(jsonLogic.apply(logic as RulesLogic, data));

  const level = (name: string, metOnly = false) => statusOf(r[`${name}_met`]!, metOnly ? r[`${name}_met`]! : r[`${name}_on`]!);
  const out: Statuses = { program: level("PROGRAM"), criteria: {}, requirements: {}, creditGroups: {} };
  for (const c of CRITERIA) {
    out.criteria[c.id] = level(c.id);
    for (const id of c.reqs) out.requirements[`${c.id}.${id}`] = level(id, MET_ONLY.has(id));
  }
  for (const g of GROUPS) out.creditGroups[g.id] = level(`G_${g.id}`);
  return out;
}
