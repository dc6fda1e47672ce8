/*
 * Cold-path profiles for `npm run bench` (issue 15): students whose course numbers the engine has
 * never seen, as in a course planner's first evaluation or a state-wide stream with more distinct
 * number/state-code pairs than the match memo keeps.
 *
 * Each profile is a program in two forms that must give the same statuses:
 * - warm: as written, for the bench students as generated (course numbers repeat across students,
 *   so after the first students matching is a memo hit);
 * - cold: every course number suffixed `~<student>` and every course-number pattern of the
 *   district's own lists rewritten `P` → `P~%`. The value holds one `~` and the rewritten pattern
 *   ends with a literal `~` before its `%`, so `V~k` matches `P~%` exactly when `V` matches `P`.
 *   Filler patterns are left as written: they match no bench course number, suffixed or not.
 *
 * Fillers stand for a state catalogue: literal course numbers, prefix wildcards, sets, `_`,
 * exclusions and a few patterns with no literal prefix, in the district's departments and others,
 * always with a first digit 5–8 (no bench course number has one).
 */
import type { ProgramDefinition } from "../../src/index.js";
import { benchProgram, studentStream } from "./district.js";

type Requirement = ProgramDefinition["criteria"][number]["requirements"][number];

export interface ColdProfile {
  name: string;
  warm: ProgramDefinition;
  cold: ProgramDefinition;
  /** Pattern entries over every list of the program (courses, stateCodes, testCodes, GPA courses). */
  patterns: number;
  requirements: number;
  /** The goal for cold evaluation, as a multiple of JSON.parse of the same line (none: reported only). */
  goal: number | undefined;
}

/** mulberry32, as in district.ts: the same seed gives the same fillers. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS = ["ENG", "MAT", "SCI", "SOC", "ART", "MUS", "WL", "CTE", "ELE", "PE", "HLT", "HIS", "PHY", "BUS", "LAT", "FRE", "GER", "CHN", "JRN", "AGR", "AUT", "DRA", "CSC", "MED"];

/** One catalogue pattern that matches no bench course number. */
export function fillerPattern(random: () => number): string {
  const department = DEPARTMENTS[Math.floor(random() * DEPARTMENTS.length)]!;
  const digit = () => String(Math.floor(random() * 10));
  const high = () => String(5 + Math.floor(random() * 4));
  const r = random();
  if (r < 0.5) return `${department}${high()}${digit()}${digit()}`;
  if (r < 0.65) return `${department}${high()}%`;
  if (r < 0.75) return `${department}${high()}[0-4]_`;
  // A set right after the department: every course number of the department reaches it.
  if (r < 0.82) return `${department}[5-8]${digit()}%`;
  if (r < 0.87) return `${department}${high()}_${digit()}`;
  if (r < 0.92) return `!${department}${high()}${digit()}${digit()}`;
  if (r < 0.96) return `%${department}${high()}${digit()}`;
  return `_${department.slice(1)}${high()}%`;
}

const coldPattern = (entry: string) => `${entry}~%`;

function courseLists(program: ProgramDefinition): string[][] {
  const lists: string[][] = [];
  for (const calculation of program.gpaCalculations ?? []) if (calculation.courses) lists.push(calculation.courses);
  for (const criterion of program.criteria) {
    for (const r of criterion.requirements) if (r.type === "course" && r.courses) lists.push(r.courses);
  }
  return lists;
}

/** The cold form: the district's own course-number patterns rewritten, fillers (marked) kept. */
function coldForm(program: ProgramDefinition, fillers: ReadonlySet<string>): ProgramDefinition {
  const cold = structuredClone(program);
  for (const list of courseLists(cold)) {
    for (let i = 0; i < list.length; i++) if (!fillers.has(list[i]!)) list[i] = coldPattern(list[i]!);
  }
  return cold;
}

function countPatterns(program: ProgramDefinition): { patterns: number; requirements: number } {
  let patterns = 0;
  let requirements = 0;
  for (const calculation of program.gpaCalculations ?? []) patterns += calculation.courses?.length ?? 0;
  for (const criterion of program.criteria) {
    for (const r of criterion.requirements) {
      requirements++;
      if (r.type === "course") patterns += (r.courses?.length ?? 0) + (r.stateCodes?.length ?? 0);
      if (r.type === "test") patterns += (r.testCodes?.length ?? 0) + (r.stateCodes?.length ?? 0);
    }
  }
  return { patterns, requirements };
}

function profile(name: string, goal: number | undefined, warm: ProgramDefinition, fillers: ReadonlySet<string>): ColdProfile {
  return { name, warm, cold: coldForm(warm, fillers), ...countPatterns(warm), goal };
}

/** Filler entries spread round-robin over the district's course lists until `total` patterns. */
function widenedLists(total: number, seed: number): { program: ProgramDefinition; fillers: Set<string> } {
  const program = benchProgram() as ProgramDefinition;
  const random = prng(seed);
  const fillers = new Set<string>();
  const lists = courseLists(program);
  let n = countPatterns(program).patterns;
  for (let i = 0; n < total; i++) {
    const entry = fillerPattern(random);
    if (fillers.has(entry)) continue;
    fillers.add(entry);
    lists[i % lists.length]!.push(entry);
    n++;
  }
  return { program, fillers };
}

/** `count` extra one-pattern course requirements, 25 per criterion. */
function widenedRequirements(count: number, seed: number): { program: ProgramDefinition; fillers: Set<string> } {
  const program = benchProgram() as ProgramDefinition;
  const random = prng(seed);
  const fillers = new Set<string>();
  const fresh = (): string => {
    for (;;) {
      const entry = fillerPattern(random);
      // An exclusion alone would match nothing at all: every filler requirement has a positive entry.
      if (!fillers.has(entry) && !entry.startsWith("!")) return fillers.add(entry), entry;
    }
  };
  for (let c = 0; c * 25 < count; c++) {
    const requirements: Requirement[] = [];
    for (let i = c * 25; i < Math.min(count, (c + 1) * 25); i++) {
      requirements.push({ id: `F${i}`, type: "course", courses: [fresh()], minCredits: "1" });
    }
    program.criteria.push({ id: `FILLER${c}`, expression: requirements.map((r) => r.id).join(" OR "), requirements });
  }
  return { program, fillers };
}

/** The three profiles of the issue: the district (≈ 40 patterns), 1,000 patterns, 1,000 requirements. */
export function coldProfiles(): ColdProfile[] {
  const lists = widenedLists(1000, 15);
  const requirements = widenedRequirements(975, 16);
  return [
    profile("district", 1.5, benchProgram() as ProgramDefinition, new Set()),
    profile("district + fillers in its lists", 2.0, lists.program, lists.fillers),
    profile("district + one-pattern filler requirements", undefined, requirements.program, requirements.fillers),
  ];
}

type Rec = Record<string, unknown>;

/** Bench students with every course number suffixed `~<tag><student>`: new to any index. */
export function* coldStudentStream(n: number, seed: number, tag = ""): Generator<Rec, void, undefined> {
  let i = 0;
  for (const student of studentStream(n, seed)) {
    const suffix = `~${tag}${i++}`;
    const transcript = (student["transcript"] as Rec[]).map((r) => ({ ...r, courseNumber: `${String(r["courseNumber"])}${suffix}` }));
    yield { ...student, transcript };
  }
}

export function coldStudents(n: number, seed: number, tag = ""): Rec[] {
  return Array.from(coldStudentStream(n, seed, tag));
}

/** A number/state-code pair's key, as the match memo tells them apart. */
export function pairKey(record: Rec): string {
  return `${String(record["courseNumber"])}\u0000${String(record["stateCode"])}`;
}
