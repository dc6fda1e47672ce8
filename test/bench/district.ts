/*
 * A deterministic generated district for the benchmark: one typical graduation program and any
 * number of students. Everything here is plain JSON; the same seed gives the same students.
 *
 * The program: 25 requirements over 6 criteria — course requirements with literal and wildcard
 * patterns (`ENG1%`, `MAT1[0-2]_`, `SCI%`), exclusions (`!ENG199`, `!MAT100`), state codes, a
 * `minGpa`, `limitCreditType`, a `2 OF (…)`, two GPA requirements (cumulative weighted with a
 * per-course minimum, and a custom unweighted core GPA) and three test requirements (one of each
 * mode) — and 5 credit groups.
 *
 * The students: a four-year plan of 44–60 transcript records (semester blocks of 0.5 credits,
 * some full-year courses of 1), completed / inProgress / planned by where the student is, with
 * failed 0-credit rows carrying `attempted`, a standards-based advisory row, honors courses
 * whose weighted and unweighted grade points differ, and 2–5 test scores.
 */

/** The typical district program (a fresh object on every call). */
export function benchProgram() {
  return {
    id: "BENCH_DIPLOMA",
    name: "Bench Unified — Standard Diploma",
    settings: { gpaType: "weighted", gpaDecimals: 4, gpaRounding: "halfUp", caseSensitive: false },
    parentCreditTypes: ["English", "Math", "Science", "Social Studies", "World Language", "CTE", "Fine Arts"],
    creditGroups: [
      { id: "ENG", name: "English", creditTypes: ["English"], minCredits: "4" },
      { id: "MATH", name: "Mathematics", creditTypes: ["Math"], minCredits: "3" },
      { id: "SCI", name: "Science", creditTypes: ["Science"], minCredits: "3" },
      { id: "ELECT", name: "Electives", creditTypes: ["World Language", "CTE", "Fine Arts", "Elective"], minCredits: "4" },
      { id: "TOTAL", name: "Total credits", minCredits: "22" },
    ],
    gpaCalculations: [
      { id: "core", name: "Core GPA", courses: ["ENG%", "MAT%", "SCI%", "SOC%", "!ENG199", "!MAT100"], gradeLevels: [9, 10, 11, 12] },
    ],
    criteria: [
      {
        id: "ENGLISH",
        description: "Four credits of English including English 9 and 10 and an upper-level course",
        expression: "ENG9 AND ENG10 AND ENG_UPPER AND ENG_CREDITS",
        creditType: "English",
        requirements: [
          { id: "ENG9", type: "course", courses: ["ENG1%", "!ENG199"], stateCodes: ["01001"], minCredits: "1" },
          { id: "ENG10", type: "course", courses: ["ENG2%"], minCredits: "1" },
          { id: "ENG_UPPER", type: "course", courses: ["ENG3%", "ENG4%"], minCredits: "1" },
          { id: "ENG_CREDITS", type: "course", courses: ["ENG%", "!ENG199"], minCredits: "4", limitCreditType: "English" },
        ],
      },
      {
        id: "MATH",
        description: "Algebra 1 (D or better), geometry, then algebra 2 or statistics; three credits",
        expression: "ALG1 AND GEOM AND (ALG2 OR STATS) AND MATH_CREDITS",
        creditType: "Math",
        requirements: [
          {
            id: "ALG1",
            type: "course",
            courses: ["MAT1[0-2]_", "!MAT100"],
            stateCodes: ["02052"],
            minCredits: "1",
            minGpa: "1.0",
            limitCreditType: "Math",
          },
          { id: "GEOM", type: "course", courses: ["MAT2%"], minCredits: "1" },
          { id: "ALG2", type: "course", courses: ["MAT3[01]_"], minCredits: "1" },
          { id: "STATS", type: "course", courses: ["MAT35_"], minCredits: "1" },
          { id: "MATH_CREDITS", type: "course", courses: ["MAT%", "!MAT100"], minCredits: "3", limitCreditType: "Math" },
        ],
      },
      {
        id: "SCIENCE",
        description: "Biology and two of chemistry, physics and earth science; three credits",
        expression: "BIO AND 2 OF (CHEM, PHYS, EARTH) AND SCI_CREDITS",
        creditType: "Science",
        requirements: [
          { id: "BIO", type: "course", courses: ["SCI1%"], stateCodes: ["03051"], minCredits: "1" },
          { id: "CHEM", type: "course", courses: ["SCI2%"], minCredits: "1" },
          { id: "PHYS", type: "course", courses: ["SCI3%"], minCredits: "1" },
          { id: "EARTH", type: "course", courses: ["SCI4%"], minCredits: "1" },
          { id: "SCI_CREDITS", type: "course", courses: ["SCI%"], minCredits: "3", limitCreditType: "Science" },
        ],
      },
      {
        id: "SOCIAL",
        description: "World history, U.S. history (C or better); three credits of social studies",
        expression: "WORLD AND US_HIST AND SOC_CREDITS",
        creditType: "Social Studies",
        requirements: [
          { id: "WORLD", type: "course", courses: ["SOC1%"], minCredits: "1" },
          { id: "US_HIST", type: "course", courses: ["SOC2%"], stateCodes: ["04101"], minCredits: "1", minGpa: "2.0" },
          { id: "SOC_CREDITS", type: "course", courses: ["SOC%"], minCredits: "3", limitCreditType: "Social Studies" },
        ],
      },
      {
        id: "PATHWAY",
        description: "Two credits of fine arts, or of a world language, or of career and technical education",
        expression: "ARTS OR WORLD_LANG OR CTE",
        requirements: [
          { id: "ARTS", type: "course", courses: ["ART%", "MUS%"], minCredits: "2", limitCreditType: "Fine Arts" },
          { id: "WORLD_LANG", type: "course", courses: ["WL%"], minCredits: "2", limitCreditType: "World Language" },
          { id: "CTE", type: "course", courses: ["CTE%"], minCredits: "2" },
        ],
      },
      {
        id: "ACADEMIC",
        description: "A weighted GPA of 2.0 with no course below 1.0, or a core GPA of 2.5; an algebra exam, two end-of-course exams or the SAT",
        expression: "(GPA_W OR GPA_CORE) AND (ALG_EOC OR EOC2 OR SAT)",
        displayAlert: true,
        requirements: [
          { id: "GPA_W", type: "gpa", calculation: "cumulative", calculationType: "weighted", minOverallGpa: "2.0", minGpaPerCourseCredit: "1.0" },
          { id: "GPA_CORE", type: "gpa", calculation: "core", calculationType: "unweighted", minOverallGpa: "2.5" },
          { id: "ALG_EOC", type: "test", testCodes: ["EOC-ALG%"], stateCodes: ["ALG1"], scoreEvaluation: "oneAtOrAbove", minScaleScore: "400" },
          { id: "EOC2", type: "test", testCodes: ["EOC-%", "!EOC-ALG1"], scoreEvaluation: "countPassing", count: 2 },
          { id: "SAT", type: "test", testCodes: ["SAT-ERW", "SAT-M"], scoreEvaluation: "sumAtOrAbove", minScaleScore: "1010" },
        ],
      },
    ],
  };
}

/** The same program with `settings.allocation: "exclusive"` (issue 12): its named-course requirements and credit totals overlap. */
export function exclusiveBenchProgram() {
  const program = benchProgram();
  return { ...program, settings: { ...program.settings, allocation: "exclusive" } };
}

// ---------------------------------------------------------------------------------------------
// Students
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small, fast, seedable PRNG (returns [0, 1)). */
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

interface Course {
  number: string;
  name: string;
  stateCode?: string;
  /** Credit lines per semester record (full-year courses give one record of the whole amount). */
  credits: [type: string, amount: string][];
  honors?: boolean;
  fullYear?: boolean;
  /** Pass/fail: no grade points. */
  ungraded?: boolean;
}

const c = (number: string, name: string, type: string, extra: Partial<Course> = {}): Course => ({
  number,
  name,
  credits: [[type, "0.5"]],
  ...extra,
});

// Per grade level, the slots a student fills: each slot picks one course.
const PLAN: Course[][][] = [
  // grade 9
  [
    [c("ENG101", "English 9", "English", { stateCode: "01001" }), c("ENG111", "Honors English 9", "English", { stateCode: "01001", honors: true }), c("ENG199", "English Foundations", "English")],
    [c("MAT101", "Algebra 1", "Math", { stateCode: "02052" }), c("MAT111", "Honors Algebra 1", "Math", { stateCode: "02052", honors: true }), c("MAT100", "Math Foundations", "Math")],
    [c("SCI101", "Biology", "Science", { stateCode: "03051" }), c("SCI111", "Honors Biology", "Science", { stateCode: "03051", honors: true })],
    [c("SOC101", "World History", "Social Studies"), c("SOC111", "World Geography", "Social Studies"), c("SOC090", "Civics", "Social Studies")],
    [c("PE101", "Physical Education", "Physical Education", { ungraded: true })],
    [c("ART101", "Art 1", "Fine Arts"), c("WL101", "Spanish 1", "World Language"), c("CTE101", "Intro to Engineering", "CTE")],
    [c("ELE110", "Study Skills", "Elective", { fullYear: true, credits: [["Elective", "1"]] })],
  ],
  // grade 10
  [
    [c("ENG201", "English 10", "English"), c("ENG211", "Honors English 10", "English", { honors: true })],
    [c("MAT201", "Geometry", "Math"), c("MAT211", "Honors Geometry", "Math", { honors: true })],
    [c("SCI201", "Chemistry", "Science"), c("SCI401", "Earth Science", "Science")],
    [c("SOC151", "World History 2", "Social Studies"), c("SOC410", "Economics", "Social Studies")],
    [c("HLT101", "Health", "Health", { fullYear: true })],
    [c("ELE120", "Creative Writing", "Elective"), c("ELE130", "Debate", "Elective"), c("PE201", "Weight Training", "Physical Education", { ungraded: true })],
    [c("ART201", "Art 2", "Fine Arts"), c("WL201", "Spanish 2", "World Language"), c("CTE201", "Engineering Design", "CTE", { credits: [["CTE", "0.25"], ["Math", "0.25"]] })],
  ],
  // grade 11
  [
    [c("ENG301", "American Literature", "English"), c("ENG351", "AP English Language", "English", { honors: true })],
    [c("MAT301", "Algebra 2", "Math"), c("MAT311", "Honors Algebra 2", "Math", { honors: true }), c("MAT351", "Statistics", "Math")],
    [c("SCI301", "Physics", "Science"), c("SCI201", "Chemistry", "Science"), c("SCI451", "AP Environmental Science", "Science", { honors: true })],
    [c("SOC201", "U.S. History", "Social Studies", { stateCode: "04101" }), c("SOC251", "AP U.S. History", "Social Studies", { stateCode: "04101", honors: true })],
    [c("MUS101", "Choir", "Fine Arts"), c("WL301", "Spanish 3", "World Language"), c("CTE301", "Robotics", "CTE")],
    [c("ELE210", "Journalism", "Elective"), c("ELE220", "Psychology", "Elective")],
  ],
  // grade 12
  [
    [c("ENG401", "British Literature", "English"), c("ENG451", "AP English Literature", "English", { honors: true })],
    [c("MAT401", "Precalculus", "Math"), c("MAT351", "Statistics", "Math"), c("MAT451", "AP Calculus", "Math", { honors: true })],
    [c("SCI401", "Earth Science", "Science"), c("SCI301", "Physics", "Science")],
    [c("SOC301", "Government and Economics", "Social Studies")],
    [c("ART301", "Art 3", "Fine Arts"), c("WL401", "Spanish 4", "World Language"), c("CTE401", "Engineering Capstone", "CTE")],
    [c("ELE310", "Personal Finance", "Elective"), c("ELE320", "Yearbook", "Elective")],
    [c("ELE330", "Leadership", "Elective"), c("ELE340", "Peer Tutoring", "Elective", { ungraded: true })],
  ],
];

// The slot of each year that follows the student's pathway (arts, world language, CTE).
const PATHWAY_SLOTS = PLAN.map((year) => year.find((slot) => slot.length === 3 && slot[1]?.number.startsWith("WL")));

const GRADES: [letter: string, points: string][] = [
  ["A", "4.0"], ["A-", "3.7"], ["B+", "3.3"], ["B", "3.0"], ["B-", "2.7"], ["C+", "2.3"],
  ["C", "2.0"], ["C-", "1.7"], ["D+", "1.3"], ["D", "1.0"], ["D-", "0.7"],
];

/** `a + b` for grade-point strings with one decimal. */
function plus(points: string, bonus: number): string {
  const tenths = Math.round(Number(points) * 10) + bonus * 10;
  return `${Math.trunc(tenths / 10)}.${tenths % 10}`;
}

type Rec = Record<string, unknown>;

/**
 * One student: `ability` (0–1) shifts grades and test scores; `stage` is how far through the
 * four years the student is (0–8 semesters completed, then the current semester in progress).
 */
function student(index: number, random: () => number): Rec {
  // The first course of a slot is the usual one; the student's pathway decides the pathway slots.
  const pathway = Math.floor(random() * 3);
  const pick = (slot: readonly Course[], isPathway: boolean): Course => {
    if (isPathway && random() < 0.85) return slot[pathway] as Course;
    if (slot.length === 1 || random() < 0.72) return slot[0] as Course;
    return slot[1 + Math.floor(random() * (slot.length - 1))] as Course;
  };
  const ability = 0.35 + 0.65 * random();
  const roll = random();
  // 30 % done (8 semesters completed), 45 % in the last semester, 15 % in grade 11, 10 % in grade 10.
  const semestersDone = roll < 0.3 ? 8 : roll < 0.75 ? 7 : roll < 0.9 ? 4 + Math.floor(random() * 2) : 2 + Math.floor(random() * 2);
  const grade = Math.min(12, 9 + Math.floor(semestersDone / 2));
  const cohort = 2026;
  const failRate = 0.002 + 0.03 * (1 - ability) * (1 - ability);

  const transcript: Rec[] = [];
  const letter = (): [string, string] => {
    const r = random() * 0.8 + (1 - ability) * 0.5;
    return GRADES[Math.min(GRADES.length - 1, Math.floor(r * GRADES.length * 0.75))] as [string, string];
  };

  const addRecord = (course: Course, gradeLevel: number, semester: number, term: string, forceStatus?: string) => {
    const status = forceStatus ?? (semester < semestersDone ? "completed" : semester === semestersDone ? "inProgress" : "planned");
    const rec: Rec = { courseNumber: course.number, name: course.name };
    if (course.stateCode !== undefined) rec["stateCode"] = course.stateCode;
    rec["status"] = status;
    const failed = status === "completed" && !course.ungraded && random() < failRate;
    rec["credits"] = course.credits.map(([type, amount]) => ({ type, amount: failed ? "0" : amount }));
    if (status === "completed" && !course.ungraded) {
      if (failed) {
        if (random() < 0.97) rec["attempted"] = course.credits.reduce((s, [, a]) => s + Number(a), 0).toString();
        rec["gpaValue"] = course.honors ? "0.0" : "0";
        rec["grade"] = "F";
      } else {
        const [l, points] = letter();
        rec["gpaValue"] = course.honors ? plus(points, 1) : points;
        if (course.honors) rec["unweightedGpaValue"] = points;
        rec["grade"] = l;
      }
      if (random() < 0.01) rec["excludeFromGpa"] = true;
    } else if (status === "completed") {
      rec["grade"] = "P";
    }
    rec["gradeLevel"] = gradeLevel;
    rec["schoolYear"] = cohort - 4 + (gradeLevel - 9);
    rec["term"] = term;
    transcript.push(rec);
    return failed;
  };

  for (let g = 0; g < 4; g++) {
    for (const slot of PLAN[g] as Course[][]) {
      if (random() < 0.025) continue; // a gap in the plan
      const course = pick(slot, slot === PATHWAY_SLOTS[g]);
      if (course.fullYear) {
        addRecord({ ...course, credits: course.credits.map(([t, a]) => [t, a === "0.5" ? "1" : a]) }, 9 + g, 2 * g + 1, "Y");
        continue;
      }
      for (let s = 0; s < 2; s++) {
        const failed = addRecord(course, 9 + g, 2 * g + s, s === 0 ? "S1" : "S2");
        // A failed semester is often retaken (summer school: completed, or planned later).
        if (failed && random() < 0.6) addRecord(course, 9 + g, 2 * g + s, "SU", 2 * g + s + 1 < semestersDone ? "completed" : "planned");
      }
    }
    if (random() < 0.5) {
      transcript.push({
        courseNumber: "ADV9" + g,
        name: "Advisory",
        status: 2 * g < semestersDone ? "completed" : "planned",
        credits: [{ type: "Elective", amount: "0.25" }],
        standardsBased: true,
        gradeLevel: 9 + g,
        schoolYear: cohort - 4 + g,
        term: "Y",
      });
    }
  }

  // Test scores: 2–5, by how far along the student is.
  const tests: Rec[] = [];
  const scale = (lo: number, hi: number) => Math.round(lo + (hi - lo) * Math.min(1, Math.max(0, ability + (random() - 0.5) * 0.5)));
  const eoc = (code: string, date: string, cut: number, stateCode?: string) => {
    const s = scale(cut - 120, cut + 100);
    const t: Rec = { testCode: code, subject: code.slice(4), date, scaleScore: String(s), passed: s >= cut };
    if (stateCode !== undefined) t["stateCode"] = stateCode;
    tests.push(t);
  };
  if (random() < 0.93) eoc("EOC-ALG1", "2023-05-20", 400, "ALG1");
  if (semestersDone >= 4 && random() < 0.9) eoc("EOC-BIO", "2024-05-18", 380);
  if (semestersDone >= 4 && random() < 0.6) eoc("EOC-ENG10", "2024-05-19", 390);
  if (tests.length < 2 || (semestersDone >= 6 && random() < 0.6)) {
    tests.push({ testCode: "SAT-ERW", subject: "Reading", date: "2025-03-08", scaleScore: String(scale(350, 720)) });
    tests.push({ testCode: "SAT-M", subject: "Math", date: "2025-03-08", scaleScore: String(scale(330, 740)) });
    if (random() < 0.3) tests.push({ testCode: "SAT-M", subject: "Math", date: "2025-10-04", scaleScore: String(scale(360, 760)) });
  }
  if (tests.length < 2) tests.push({ testCode: "PSAT", subject: "Reading", date: "2024-10-10", scaleScore: String(scale(300, 700)) });

  return {
    id: `S${String(100000 + index)}`,
    gradeLevel: grade,
    schoolId: "BUHS",
    cohort,
    transcript,
    tests: tests.slice(0, 5),
  };
}

/** `n` deterministic students (the same `n` and `seed` always give the same students). */
export function benchStudents(n: number, seed = 20260101): Rec[] {
  const out: Rec[] = [];
  for (const s of studentStream(n, seed)) out.push(s);
  return out;
}

/** The same students one at a time, never all in memory. */
export function* studentStream(n: number, seed = 20260101): Generator<Rec, void, undefined> {
  const random = prng(seed);
  for (let i = 0; i < n; i++) yield student(i, random);
}

/** The students as JSON text lines, as a nightly job reads them (NDJSON without the newlines). */
export function benchLines(n: number, seed = 20260101): string[] {
  return benchStudents(n, seed).map((s) => JSON.stringify(s));
}

/** The same lines lazily. */
export function* lineStream(n: number, seed = 20260101): Generator<string, void, undefined> {
  for (const s of studentStream(n, seed)) yield JSON.stringify(s);
}
