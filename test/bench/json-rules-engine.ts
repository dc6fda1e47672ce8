/*
 * `benchProgram()` encoded for json-rules-engine, the way a team adopting it would: generic
 * dynamic facts computed from the runtime facts `transcript` and `tests` (json-rules-engine has no
 * array arithmetic in its conditions) — `courseCredits`, `groupCredits`, `gpa`, `lowestGradePoints`,
 * `passedTestCodes`, `bestScore`, `sumOfBestScores`, each parameterised by patterns, credit types
 * and statuses and cached per run by the almanac — and the rules in the engine: one named
 * condition per requirement level (`ENG9_met`, `ENG9_on`), one per criterion level built with
 * `all` / `any` over condition references (`2 OF` as `any` of `all`s), then one rule per level of
 * every requirement, criterion, credit group and the program, whose event says what holds.
 *
 * One Engine is built once; each student is `await engine.run({ transcript, tests })`.
 * Numbers are floats; the GPA test "rounded half-up to 4 places ≥ 2.0" is `≥ 1.99995` (see
 * json-logic.ts for why that is exact for the generated students).
 */
import { Engine, type Almanac, type TopLevelCondition } from "json-rules-engine";
import * as facts from "./peer-facts.js";
import { PARENT, type CourseParams, type GpaParams, type Rec, type Score } from "./peer-facts.js";
import { COURSES, GROUPS, type CourseReq } from "./peer-rules.js";
import { statusOf, type Statuses } from "./statuses.js";

const transcriptOf = (almanac: Almanac) => almanac.factValue<Rec[]>("transcript");
const testsOf = (almanac: Almanac) => almanac.factValue<Score[]>("tests");

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------





const CORE: GpaParams = { points: "unweighted", courses: ["ENG%", "MAT%", "SCI%", "SOC%", "!ENG199", "!MAT100"], gradeLevels: [9, 10, 11, 12] };
const WEIGHTED: GpaParams = { points: "weighted" };

/** Test and GPA requirements: met or offTrack, so one condition. */
const MET_ONLY: Record<string, TopLevelCondition> = {
  GPA_W: {
    all: [
      { fact: "gpa", params: WEIGHTED, operator: "greaterThanInclusive", value: 2.0 - 0.00005 },
      { fact: "lowestGradePoints", params: WEIGHTED, operator: "greaterThanInclusive", value: 1.0 },
    ],
  },
  GPA_CORE: { all: [{ fact: "gpa", params: CORE, operator: "greaterThanInclusive", value: 2.5 - 0.00005 }] },
  ALG_EOC: {
    all: [{ fact: "bestScore", params: { testCodes: ["EOC-ALG%"], stateCodes: ["ALG1"], score: "scaleScore" }, operator: "greaterThanInclusive", value: 400 }],
  },
  EOC2: { all: [{ fact: "passedTestCodes", params: { testCodes: ["EOC-%", "!EOC-ALG1"], stateCodes: [] }, operator: "greaterThanInclusive", value: 2 }] },
  SAT: {
    all: [{ fact: "sumOfBestScores", params: { testCodes: ["SAT-ERW", "SAT-M"], stateCodes: [], score: "scaleScore" }, operator: "greaterThanInclusive", value: 1010 }],
  },
};

type Ref = (id: string) => { condition: string };
const CRITERIA: { id: string; reqs: string[]; tree: (r: Ref) => TopLevelCondition }[] = [
  { id: "ENGLISH", reqs: ["ENG9", "ENG10", "ENG_UPPER", "ENG_CREDITS"], tree: (r) => ({ all: [r("ENG9"), r("ENG10"), r("ENG_UPPER"), r("ENG_CREDITS")] }) },
  { id: "MATH", reqs: ["ALG1", "GEOM", "ALG2", "STATS", "MATH_CREDITS"], tree: (r) => ({ all: [r("ALG1"), r("GEOM"), { any: [r("ALG2"), r("STATS")] }, r("MATH_CREDITS")] }) },
  {
    id: "SCIENCE",
    reqs: ["BIO", "CHEM", "PHYS", "EARTH", "SCI_CREDITS"],
    tree: (r) => ({
      all: [r("BIO"), { any: [{ all: [r("CHEM"), r("PHYS")] }, { all: [r("CHEM"), r("EARTH")] }, { all: [r("PHYS"), r("EARTH")] }] }, r("SCI_CREDITS")],
    }),
  },
  { id: "SOCIAL", reqs: ["WORLD", "US_HIST", "SOC_CREDITS"], tree: (r) => ({ all: [r("WORLD"), r("US_HIST"), r("SOC_CREDITS")] }) },
  { id: "PATHWAY", reqs: ["ARTS", "WORLD_LANG", "CTE"], tree: (r) => ({ any: [r("ARTS"), r("WORLD_LANG"), r("CTE")] }) },
  {
    id: "ACADEMIC",
    reqs: ["GPA_W", "GPA_CORE", "ALG_EOC", "EOC2", "SAT"],
    tree: (r) => ({ all: [{ any: [r("GPA_W"), r("GPA_CORE")] }, { any: [r("ALG_EOC"), r("EOC2"), r("SAT")] }] }),
  },
];

const LEVELS = ["met", "on"] as const;
type LevelName = (typeof LEVELS)[number];

/** The one Engine, built once: facts, named conditions and rules. */
export function buildRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addFact("courseCredits", async (params, almanac) => facts.courseCredits(await transcriptOf(almanac), params as CourseParams));
  engine.addFact("groupCredits", async (params, almanac) => facts.groupCredits(await transcriptOf(almanac), params as facts.GroupParams));
  engine.addFact("gpa", async (params, almanac) => facts.gpa(await transcriptOf(almanac), params as GpaParams));
  engine.addFact("lowestGradePoints", async (params, almanac) => facts.lowestGradePoints(await transcriptOf(almanac), params as GpaParams));
  engine.addFact("passedTestCodes", async (params, almanac) => facts.passedTestCodes(await testsOf(almanac), params as facts.TestParams));
  engine.addFact("bestScore", async (params, almanac) => facts.bestScore(await testsOf(almanac), params as facts.TestParams));
  engine.addFact("sumOfBestScores", async (params, almanac) => facts.sumOfBestScores(await testsOf(almanac), params as facts.TestParams));

  const rule = (name: string, kind: string, id: string, level: LevelName) =>
    engine.addRule({ name: `${name}_${level}`, conditions: { all: [{ condition: `${name}_${level}` }] }, event: { type: "status", params: { kind, id, level } } });

  // Requirement conditions and rules.
  for (const c of COURSES) {
    const params = (statuses: "completed" | "all"): CourseParams => ({
      courses: c.courses,
      stateCodes: c.stateCodes ?? [],
      types: c.limitCreditType !== undefined ? [c.limitCreditType] : PARENT,
      statuses,
      ...(c.minGpa !== undefined ? { minGpa: c.minGpa } : {}),
    });
    engine.setCondition(`${c.id}_met`, { all: [{ fact: "courseCredits", params: params("completed"), operator: "greaterThanInclusive", value: c.minCredits }] });
    engine.setCondition(`${c.id}_on`, { all: [{ fact: "courseCredits", params: params("all"), operator: "greaterThanInclusive", value: c.minCredits }] });
  }
  for (const [id, condition] of Object.entries(MET_ONLY)) {
    engine.setCondition(`${id}_met`, condition);
    engine.setCondition(`${id}_on`, { all: [{ condition: `${id}_met` }] });
  }
  for (const c of CRITERIA) {
    for (const id of c.reqs) for (const level of LEVELS) rule(id, "requirement", `${c.id}.${id}`, level);
  }

  // Criteria.
  for (const c of CRITERIA) {
    for (const level of LEVELS) {
      engine.setCondition(`${c.id}_${level}`, c.tree((id) => ({ condition: `${id}_${level}` })));
      rule(c.id, "criterion", c.id, level);
    }
  }

  // Credit groups.
  for (const g of GROUPS) {
    engine.setCondition(`G_${g.id}_met`, { all: [{ fact: "groupCredits", params: { types: g.types, statuses: "completed" }, operator: "greaterThanInclusive", value: g.min }] });
    engine.setCondition(`G_${g.id}_on`, { all: [{ fact: "groupCredits", params: { types: g.types, statuses: "all" }, operator: "greaterThanInclusive", value: g.min }] });
    for (const level of LEVELS) rule(`G_${g.id}`, "creditGroup", g.id, level);
  }

  // The program: every criterion and credit group.
  for (const level of LEVELS) {
    engine.setCondition(`PROGRAM_${level}`, {
      all: [...CRITERIA.map((c) => ({ condition: `${c.id}_${level}` })), ...GROUPS.map((g) => ({ condition: `G_${g.id}_${level}` }))],
    });
    rule("PROGRAM", "program", "PROGRAM", level);
  }
  return engine;
}

/** One student through the engine; the statuses read from the events that fired. */
export async function evaluateRulesEngine(engine: Engine, student: unknown): Promise<Statuses> {
  const s = student as { transcript?: unknown[]; tests?: unknown[] };
  const { events } = await engine.run({ transcript: s.transcript ?? [], tests: s.tests ?? [] });
  const held = new Set<string>();
  for (const e of events) {
    const p = e.params as { kind: string; id: string; level: LevelName };
    held.add(`${p.kind}:${p.id}:${p.level}`);
  }
  const level = (kind: string, id: string) => statusOf(held.has(`${kind}:${id}:met`), held.has(`${kind}:${id}:on`));
  const out: Statuses = { program: level("program", "PROGRAM"), criteria: {}, requirements: {}, creditGroups: {} };
  for (const c of CRITERIA) {
    out.criteria[c.id] = level("criterion", c.id);
    for (const id of c.reqs) out.requirements[`${c.id}.${id}`] = level("requirement", `${c.id}.${id}`);
  }
  for (const g of GROUPS) out.creditGroups[g.id] = level("creditGroup", g.id);
  return out;
}
