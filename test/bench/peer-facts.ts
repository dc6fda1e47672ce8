/*
 * Generic helpers the peer engines are given for what their rule languages lack (array
 * arithmetic over a transcript): each takes the raw transcript (or tests) and parameters —
 * patterns, credit types, statuses — and knows nothing of the benchmark program. json-rules-engine
 * uses them as dynamic facts; the "custom operations" json-logic-js variant as operations.
 * Numbers are floats (parseFloat of the decimal strings).
 */
import { matchesLists } from "./like.js";

interface Line {
  type: string;
  amount: string | number;
}
export interface Rec {
  courseNumber: string;
  stateCode?: string;
  status?: string;
  credits?: Line[];
  attempted?: string | number;
  gpaValue?: string | number;
  unweightedGpaValue?: string | number;
  excludeFromGpa?: boolean;
  standardsBased?: boolean;
  gradeLevel?: number;
}
export interface Score {
  testCode: string;
  stateCode?: string;
  rawScore?: string | number;
  scaleScore?: string | number;
  passed?: boolean;
}

export const PARENT = ["English", "Math", "Science", "Social Studies", "World Language", "CTE", "Fine Arts"];

const isCompleted = (r: Rec) => r.status === undefined || r.status === "completed";
const num = (x: string | number) => parseFloat(x as string);
const creditsOf = (r: Rec, types: string[] | null) => {
  let sum = 0;
  for (const line of r.credits ?? []) if (types === null || types.includes(line.type)) sum += num(line.amount);
  return sum;
};

export interface CourseParams {
  courses: string[];
  stateCodes: string[];
  types: string[];
  /** "completed": earned; "all": earned + in progress + planned. */
  statuses: "completed" | "all";
  /** Weighted grade points a completed record needs (non-completed are assumed to meet it). */
  minGpa?: number;
}

export function courseCredits(transcript: Rec[], params: CourseParams): number {
  let sum = 0;
  for (const r of transcript) {
    if (r.standardsBased === true) continue;
    const done = isCompleted(r);
    if (params.statuses === "completed" && !done) continue;
    if (!matchesLists(r.courseNumber, r.stateCode, params.courses, params.stateCodes)) continue;
    if (params.minGpa !== undefined && done && (r.gpaValue === undefined || num(r.gpaValue) < params.minGpa)) continue;
    sum += creditsOf(r, params.types);
  }
  return sum;
}

export interface GroupParams {
  types: string[] | null;
  statuses: "completed" | "all";
}

export function groupCredits(transcript: Rec[], params: GroupParams): number {
  let sum = 0;
  for (const r of transcript) {
    if (r.standardsBased === true || (params.statuses === "completed" && !isCompleted(r))) continue;
    sum += creditsOf(r, params.types);
  }
  return sum;
}

export interface GpaParams {
  points: "weighted" | "unweighted";
  courses?: string[];
  gradeLevels?: number[];
}

function gpaEligible(transcript: Rec[], params: GpaParams): { points: number; weight: number }[] {
  const out: { points: number; weight: number }[] = [];
  for (const r of transcript) {
    if (!isCompleted(r) || r.standardsBased === true || r.excludeFromGpa === true) continue;
    const points = params.points === "weighted" ? r.gpaValue : (r.unweightedGpaValue ?? r.gpaValue);
    if (points === undefined) continue;
    if (params.courses !== undefined && !matchesLists(r.courseNumber, undefined, params.courses, [])) continue;
    if (params.gradeLevels !== undefined && (r.gradeLevel === undefined || !params.gradeLevels.includes(r.gradeLevel))) continue;
    out.push({ points: num(points), weight: r.attempted !== undefined ? num(r.attempted) : creditsOf(r, null) });
  }
  return out;
}

export function gpa(transcript: Rec[], params: GpaParams): number | null {
  const eligible = gpaEligible(transcript, params);
  let pw = 0, w = 0;
  for (const e of eligible) {
    pw += e.points * e.weight;
    w += e.weight;
  }
  return w > 0 ? pw / w : null;
}

export function lowestGradePoints(transcript: Rec[], params: GpaParams): number {
  let lowest = Infinity;
  for (const e of gpaEligible(transcript, params)) if (e.points < lowest) lowest = e.points;
  return lowest;
}

export interface TestParams {
  testCodes: string[];
  stateCodes: string[];
  score?: "rawScore" | "scaleScore";
}

function matchingScores(tests: Score[], params: TestParams): Score[] {
  return tests.filter((t) => matchesLists(t.testCode, t.stateCode, params.testCodes, params.stateCodes));
}

export function passedTestCodes(tests: Score[], params: TestParams): number {
  const codes = new Set<string>();
  for (const t of matchingScores(tests, params)) if (t.passed === true) codes.add(t.testCode);
  return codes.size;
}

export function bestScore(tests: Score[], params: TestParams): number | null {
  let best: number | null = null;
  for (const t of matchingScores(tests, params)) {
    const s = t[params.score ?? "scaleScore"];
    if (s !== undefined && (best === null || num(s) > best)) best = num(s);
  }
  return best;
}

export function sumOfBestScores(tests: Score[], params: TestParams): number | null {
  const best = new Map<string, number>();
  for (const t of matchingScores(tests, params)) {
    const s = t[params.score ?? "scaleScore"];
    if (s !== undefined && num(s) > (best.get(t.testCode) ?? -Infinity)) best.set(t.testCode, num(s));
  }
  if (best.size === 0) return null;
  let sum = 0;
  for (const s of best.values()) sum += s;
  return sum;
}
