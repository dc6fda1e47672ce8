/*
 * A hand-written evaluator of exactly `benchProgram()` (test/bench/district.ts): what a developer
 * would write for this one program with no rules engine. It hard-codes every rule, matches the
 * fixed patterns with `startsWith` / character checks on the upper-cased course number (the
 * program is case-insensitive), and makes one pass over the transcript and one over the tests.
 *
 * It takes the parsed student object and VALIDATES NOTHING: a malformed record gives a wrong
 * answer or throws a TypeError, where the engine reports a StudentRecordError.
 *
 * Numbers: credits and grade points are read with `parseFloat` and scaled to integer hundredths
 * (`Math.round(x * 100)`), exact for the generator's values (at most 2 decimals); all sums are of
 * integers far below 2^53, so the arithmetic is exact. The GPA comparison "rounded half-up to 4
 * places ≥ min" is done exactly in integers: GPA ≥ min − 0.00005.
 */
import type { Rec, Score } from "./peer-facts.js";
import type { Statuses } from "./statuses.js";

type Level = 0 | 1 | 2; // offTrack < onTrack < met
const NAMES = ["offTrack", "onTrack", "met"] as const;

interface Student {
  transcript?: Rec[];
  tests?: Score[];
}

const hundredths = (x: string | number): number => Math.round(parseFloat(x as string) * 100);

// Course requirements, in this order (indexes into the sums below).
const ENG9 = 0, ENG10 = 1, ENG_UPPER = 2, ENG_CREDITS = 3;
const ALG1 = 4, GEOM = 5, ALG2 = 6, STATS = 7, MATH_CREDITS = 8;
const BIO = 9, CHEM = 10, PHYS = 11, EARTH = 12, SCI_CREDITS = 13;
const WORLD = 14, US_HIST = 15, SOC_CREDITS = 16;
const ARTS = 17, WORLD_LANG = 18, CTE = 19;
const COURSE_COUNT = 20;
/** minCredits in hundredths, by requirement index. */
const MIN = [100, 100, 100, 400, 100, 100, 100, 100, 300, 100, 100, 100, 100, 300, 100, 100, 300, 200, 200, 200];

// Credit groups: ENG, MATH, SCI, ELECT, TOTAL.
const GROUP_MIN = [400, 300, 300, 400, 2200];
const GROUP_IDS = ["ENG", "MATH", "SCI", "ELECT", "TOTAL"];


/** Which course requirements match a course number (upper case) and state code. */
function matchCourse(cn: string, sc: string | undefined, out: boolean[]) {
  out.fill(false);
  const c3 = cn.charCodeAt(3);
  if (cn.startsWith("ENG")) {
    const not199 = cn !== "ENG199";
    out[ENG9] = c3 === 49 /* 1 */ && not199;
    out[ENG10] = c3 === 50;
    out[ENG_UPPER] = c3 === 51 || c3 === 52;
    out[ENG_CREDITS] = not199;
  } else if (cn.startsWith("MAT")) {
    const c4 = cn.charCodeAt(4);
    out[ALG1] = cn.length === 6 && c3 === 49 && c4 >= 48 && c4 <= 50 && cn !== "MAT100";
    out[GEOM] = c3 === 50;
    out[ALG2] = cn.length === 6 && c3 === 51 && (c4 === 48 || c4 === 49);
    out[STATS] = cn.length === 6 && c3 === 51 && c4 === 53;
    out[MATH_CREDITS] = cn !== "MAT100";
  } else if (cn.startsWith("SCI")) {
    out[BIO] = c3 === 49;
    out[CHEM] = c3 === 50;
    out[PHYS] = c3 === 51;
    out[EARTH] = c3 === 52;
    out[SCI_CREDITS] = true;
  } else if (cn.startsWith("SOC")) {
    out[WORLD] = c3 === 49;
    out[US_HIST] = c3 === 50;
    out[SOC_CREDITS] = true;
  } else {
    out[ARTS] = cn.startsWith("ART") || cn.startsWith("MUS");
    out[WORLD_LANG] = cn.startsWith("WL");
    out[CTE] = cn.startsWith("CTE");
  }
  // State codes (digits, so case does not matter); a course-number exclusion still wins.
  if (sc === "01001") out[ENG9] = cn !== "ENG199";
  else if (sc === "02052") out[ALG1] = cn !== "MAT100";
  else if (sc === "03051") out[BIO] = true;
  else if (sc === "04101") out[US_HIST] = true;
}

/** The credit type a requirement counts (its limitCreditType), or undefined for parentCreditTypes. */
const LIMIT: (string | undefined)[] = [];
LIMIT[ENG_CREDITS] = "English";
LIMIT[ALG1] = "Math";
LIMIT[MATH_CREDITS] = "Math";
LIMIT[SCI_CREDITS] = "Science";
LIMIT[SOC_CREDITS] = "Social Studies";
LIMIT[ARTS] = "Fine Arts";
LIMIT[WORLD_LANG] = "World Language";

const min = (a: Level, b: Level): Level => (a < b ? a : b);
const max = (a: Level, b: Level): Level => (a > b ? a : b);
const level = (earned: number, projected: number, required: number): Level => (earned >= required ? 2 : projected >= required ? 1 : 0);
/** GPA rounded half-up to 4 places ≥ minimum: sumPW in 1e-4 units, sumW in 1e-2 units, min in 1e-4 units. */
const gpaAtLeast = (sumPW: number, sumW: number, min4: number) => sumW > 0 && 200 * sumPW >= (2 * min4 - 1) * sumW;

const matched: boolean[] = new Array(COURSE_COUNT).fill(false);

/** What one pass over a student gives: every sum the statuses and the figures come from. */
interface Tally {
  /** Course requirements' credits in hundredths, by requirement index. */
  earned: number[];
  projected: number[];
  /** Credit groups' credits in hundredths, in GROUP_IDS order. */
  groupEarned: number[];
  groupProjected: number[];
  /** GPA_W: Σ points × weight (1e-4 units), Σ weight (hundredths), no course below 1.0. */
  wPW: number;
  wW: number;
  wAllAbove: boolean;
  /** GPA_CORE: the same sums. */
  cPW: number;
  cW: number;
  algEoc: boolean;
  eocPassed: string[];
  bestErw: number;
  bestM: number;
}

function tally(student: unknown): Tally {
  const s = student as Student;
  const earned = new Array<number>(COURSE_COUNT).fill(0);
  const projected = new Array<number>(COURSE_COUNT).fill(0);
  const groupEarned = [0, 0, 0, 0, 0];
  const groupProjected = [0, 0, 0, 0, 0];
  let wPW = 0, wW = 0, wAllAbove = true; // GPA_W: cumulative weighted, no course below 1.0
  let cPW = 0, cW = 0; // GPA_CORE: core courses, grades 9–12, unweighted

  for (const r of s.transcript ?? []) {
    if (r.standardsBased === true) continue;
    const completed = r.status === undefined || r.status === "completed";
    const cn = r.courseNumber.toUpperCase();
    const lines = r.credits ?? [];

    // One pass over the credit lines: the amount per counted type, credit groups, total.
    let total = 0, parent = 0, english = 0, math = 0, science = 0, social = 0, arts = 0, language = 0;
    for (const line of lines) {
      const a = hundredths(line.amount);
      const t = line.type;
      total += a;
      let g = -1;
      if (t === "English") (g = 0), (english += a), (parent += a);
      else if (t === "Math") (g = 1), (math += a), (parent += a);
      else if (t === "Science") (g = 2), (science += a), (parent += a);
      else if (t === "Social Studies") (social += a), (parent += a);
      else if (t === "Fine Arts") (g = 3), (arts += a), (parent += a);
      else if (t === "World Language") (g = 3), (language += a), (parent += a);
      else if (t === "CTE") (g = 3), (parent += a);
      else if (t === "Elective") g = 3;
      if (g >= 0) {
        groupProjected[g] = groupProjected[g]! + a;
        if (completed) groupEarned[g] = groupEarned[g]! + a;
      }
    }
    groupProjected[4] = groupProjected[4]! + total;
    if (completed) groupEarned[4] = groupEarned[4]! + total;

    // Course requirements.
    matchCourse(cn, r.stateCode, matched);
    for (let k = 0; k < COURSE_COUNT; k++) {
      if (!matched[k]) continue;
      const limit = LIMIT[k];
      const amount =
        limit === undefined ? parent
        : limit === "English" ? english
        : limit === "Math" ? math
        : limit === "Science" ? science
        : limit === "Social Studies" ? social
        : limit === "Fine Arts" ? arts
        : language;
      if (completed) {
        // minGpa (weighted grade points): ALG1 ≥ 1.0, US_HIST ≥ 2.0.
        if (k === ALG1 || k === US_HIST) {
          if (r.gpaValue === undefined || hundredths(r.gpaValue) < (k === ALG1 ? 100 : 200)) continue;
        }
        earned[k] = earned[k]! + amount;
      }
      projected[k] = projected[k]! + amount;
    }

    // GPAs: completed, not excluded, with grade points.
    if (!completed || r.excludeFromGpa === true) continue;
    const weight = r.attempted !== undefined ? hundredths(r.attempted) : total;
    if (r.gpaValue !== undefined) {
      const p = hundredths(r.gpaValue);
      wPW += p * weight;
      wW += weight;
      if (p < 100) wAllAbove = false;
    }
    const unweighted = r.unweightedGpaValue ?? r.gpaValue;
    if (
      unweighted !== undefined &&
      r.gradeLevel !== undefined && r.gradeLevel >= 9 && r.gradeLevel <= 12 &&
      (cn.startsWith("ENG") || cn.startsWith("MAT") || cn.startsWith("SCI") || cn.startsWith("SOC")) &&
      cn !== "ENG199" && cn !== "MAT100"
    ) {
      cPW += hundredths(unweighted) * weight;
      cW += weight;
    }
  }

  // Tests.
  let algEoc = false;
  const eocPassed: string[] = [];
  let bestErw = -1, bestM = -1; // scale scores (integers)
  for (const t of s.tests ?? []) {
    const code = t.testCode.toUpperCase();
    const scale = t.scaleScore === undefined ? undefined : parseFloat(t.scaleScore as string);
    if (code.startsWith("EOC-ALG") || t.stateCode?.toUpperCase() === "ALG1") {
      if (scale !== undefined && scale >= 400) algEoc = true;
    }
    if (code.startsWith("EOC-") && code !== "EOC-ALG1" && t.passed === true && !eocPassed.includes(t.testCode)) eocPassed.push(t.testCode);
    if (scale !== undefined) {
      if (code === "SAT-ERW" && scale > bestErw) bestErw = scale;
      else if (code === "SAT-M" && scale > bestM) bestM = scale;
    }
  }
  return { earned, projected, groupEarned, groupProjected, wPW, wW, wAllAbove, cPW, cW, algEoc, eocPassed, bestErw, bestM };
}

/** The statuses of `benchProgram()` for one parsed student. */
export function evaluateHandWritten(student: unknown): Statuses {
  const { earned, projected, groupEarned, groupProjected, wPW, wW, wAllAbove, cPW, cW, algEoc, eocPassed, bestErw, bestM } = tally(student);
  const satSum = (bestErw < 0 ? 0 : bestErw) + (bestM < 0 ? 0 : bestM);
  const sat = (bestErw >= 0 || bestM >= 0) && satSum >= 1010;

  const L: Level[] = new Array(COURSE_COUNT);
  for (let k = 0; k < COURSE_COUNT; k++) L[k] = level(earned[k]!, projected[k]!, MIN[k]!);
  const gpaW: Level = wAllAbove && gpaAtLeast(wPW, wW, 20000) ? 2 : 0;
  const gpaCore: Level = gpaAtLeast(cPW, cW, 25000) ? 2 : 0;
  const algEocL: Level = algEoc ? 2 : 0;
  const eoc2: Level = eocPassed.length >= 2 ? 2 : 0;
  const satL: Level = sat ? 2 : 0;
  const l = (k: number) => L[k] as Level;

  const english = min(min(l(ENG9), l(ENG10)), min(l(ENG_UPPER), l(ENG_CREDITS)));
  const math = min(min(l(ALG1), l(GEOM)), min(max(l(ALG2), l(STATS)), l(MATH_CREDITS)));
  const twoOf = max(max(min(l(CHEM), l(PHYS)), min(l(CHEM), l(EARTH))), min(l(PHYS), l(EARTH)));
  const science = min(min(l(BIO), twoOf), l(SCI_CREDITS));
  const social = min(min(l(WORLD), l(US_HIST)), l(SOC_CREDITS));
  const pathway = max(max(l(ARTS), l(WORLD_LANG)), l(CTE));
  const academic = min(max(gpaW, gpaCore), max(max(algEocL, eoc2), satL));

  const groups: Level[] = GROUP_MIN.map((m, g) => level(groupEarned[g]!, groupProjected[g]!, m));
  let program: Level = min(min(min(english, math), min(science, social)), min(pathway, academic));
  for (const g of groups) program = min(program, g);

  const n = (x: Level) => NAMES[x];
  const creditGroups: Statuses["creditGroups"] = {};
  GROUP_IDS.forEach((id, g) => (creditGroups[id] = n(groups[g]!)));
  return {
    program: n(program),
    criteria: {
      ENGLISH: n(english), MATH: n(math), SCIENCE: n(science), SOCIAL: n(social), PATHWAY: n(pathway), ACADEMIC: n(academic),
    },
    requirements: {
      "ENGLISH.ENG9": n(l(ENG9)), "ENGLISH.ENG10": n(l(ENG10)), "ENGLISH.ENG_UPPER": n(l(ENG_UPPER)), "ENGLISH.ENG_CREDITS": n(l(ENG_CREDITS)),
      "MATH.ALG1": n(l(ALG1)), "MATH.GEOM": n(l(GEOM)), "MATH.ALG2": n(l(ALG2)), "MATH.STATS": n(l(STATS)), "MATH.MATH_CREDITS": n(l(MATH_CREDITS)),
      "SCIENCE.BIO": n(l(BIO)), "SCIENCE.CHEM": n(l(CHEM)), "SCIENCE.PHYS": n(l(PHYS)), "SCIENCE.EARTH": n(l(EARTH)), "SCIENCE.SCI_CREDITS": n(l(SCI_CREDITS)),
      "SOCIAL.WORLD": n(l(WORLD)), "SOCIAL.US_HIST": n(l(US_HIST)), "SOCIAL.SOC_CREDITS": n(l(SOC_CREDITS)),
      "PATHWAY.ARTS": n(l(ARTS)), "PATHWAY.WORLD_LANG": n(l(WORLD_LANG)), "PATHWAY.CTE": n(l(CTE)),
      "ACADEMIC.GPA_W": n(gpaW), "ACADEMIC.GPA_CORE": n(gpaCore), "ACADEMIC.ALG_EOC": n(algEocL), "ACADEMIC.EOC2": n(eoc2), "ACADEMIC.SAT": n(satL),
    },
    creditGroups,
  };
}

const COURSE_KEYS = [
  "ENGLISH.ENG9", "ENGLISH.ENG10", "ENGLISH.ENG_UPPER", "ENGLISH.ENG_CREDITS",
  "MATH.ALG1", "MATH.GEOM", "MATH.ALG2", "MATH.STATS", "MATH.MATH_CREDITS",
  "SCIENCE.BIO", "SCIENCE.CHEM", "SCIENCE.PHYS", "SCIENCE.EARTH", "SCIENCE.SCI_CREDITS",
  "SOCIAL.WORLD", "SOCIAL.US_HIST", "SOCIAL.SOC_CREDITS",
  "PATHWAY.ARTS", "PATHWAY.WORLD_LANG", "PATHWAY.CTE",
];

/** A GPA Σpw / Σw (1e-4 and 1e-2 units) rounded half-up to `decimals` places, as a scaled integer, exactly. */
function roundedGpa(pw: number, w: number, decimals: number): bigint | undefined {
  if (w <= 0) return undefined;
  const num = BigInt(pw) * 10n ** BigInt(decimals);
  const den = BigInt(w) * 100n;
  return (2n * num + den) / (2n * den);
}

/**
 * The figures the hand-written evaluator computes, in the canonical form of figures.ts: credits in
 * hundredths, GPAs as integers scaled by `gpaDecimals` (the program's rounding), EOC codes passed.
 */
export function handWrittenFigures(student: unknown, gpaDecimals: number): Map<string, string> {
  const t = tally(student);
  const out = new Map<string, string>();
  COURSE_KEYS.forEach((key, k) => {
    out.set(`${key}.earnedCredits`, String(t.earned[k]));
    out.set(`${key}.projectedCredits`, String(t.projected[k]));
  });
  GROUP_IDS.forEach((id, g) => {
    out.set(`creditGroup.${id}.earnedCredits`, String(t.groupEarned[g]));
    out.set(`creditGroup.${id}.projectedCredits`, String(t.groupProjected[g]));
  });
  for (const [key, pw, w] of [["ACADEMIC.GPA_W", t.wPW, t.wW], ["ACADEMIC.GPA_CORE", t.cPW, t.cW]] as const) {
    out.set(`${key}.gpa`, String(roundedGpa(pw, w, gpaDecimals) ?? "none"));
    out.set(`${key}.attemptedCredits`, String(w));
  }
  out.set("ACADEMIC.EOC2.achieved", String(t.eocPassed.length));
  return out;
}
