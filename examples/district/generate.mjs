#!/usr/bin/env node
// Deterministic generator of the Lakeview Unified example district.
//
//   node examples/district/generate.mjs [--count N] [--seed S] [--out FILE]
//
// Writes one student record (DESIGN.md §2) per line. The output depends only on the catalog,
// the count and the seed: no Math.random, no clock. Student i is generated from its own PRNG
// stream, so the first N students are the same whatever --count says.
//
// The district runs a 4x4 block schedule: every course is one term long (S1 or S2, or a quarter
// Q1..Q4 for half-credit courses), so a course earns its credit in the term it is taken. "Now" is
// late January of school year 2025-26 (schoolYear 2026): S1, Q1 and Q2 are completed, S2 courses
// are in progress, later years hold the student's four-year plan.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export const CURRENT_SCHOOL_YEAR = 2026;
export const DEFAULT_SEED = 20260126;
export const DEFAULT_COUNT = 400;

// ---------------------------------------------------------------------------------------------
// PRNG

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed, index) {
  const r = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  // warm up, so neighbouring streams decorrelate
  for (let i = 0; i < 4; i++) r();
  const rnd = {
    next: r,
    chance: (p) => r() < p,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    // approximately normal, mean 0, sd 1 (Irwin-Hall of 6, rescaled)
    normal: () => {
      let s = 0;
      for (let i = 0; i < 6; i++) s += r();
      return (s - 3) * Math.SQRT2;
    },
    shuffle: (arr) => {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  return rnd;
}

const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const pad2 = (n) => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------------------------
// Catalog

export function loadCatalog(file = join(HERE, 'catalog.json')) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function indexCatalog(catalog) {
  const byNumber = new Map();
  for (const c of catalog) byNumber.set(c.courseNumber, c);
  return byNumber;
}

// grade letter → grade points × 10 (unweighted)
const LETTERS = [
  ['A', 40, 0.8],
  ['A-', 37, 0.74],
  ['B+', 33, 0.68],
  ['B', 30, 0.62],
  ['B-', 27, 0.56],
  ['C+', 23, 0.5],
  ['C', 20, 0.44],
  ['C-', 17, 0.38],
  ['D+', 13, 0.32],
  ['D', 10, 0.26],
  ['F', 0, -Infinity],
];

const DIFFICULTY = { AP: 0.1, honors: 0.05, regular: 0, remedial: -0.08, passFail: -0.2, middleSchool: 0 };

const tenths = (n) => (n / 10).toFixed(1);

// ---------------------------------------------------------------------------------------------
// One student's four-year plan: plan[gradeLevel] = list of slots; a slot is one course number or
// a pair of half-credit course numbers taken back to back in one semester (two quarters).

function buildPlan(rnd, p, cat) {
  const plan = { 9: [], 10: [], 11: [], 12: [] };
  const add = (g, slot) => plan[g].push(slot);
  const wantsAP = () => rnd.chance(p.apRate);
  const wantsHonors = () => rnd.chance(p.honorsRate);

  // English
  if (p.remedialReading) add(9, 'ENG199');
  add(9, wantsHonors() ? 'ENG111' : 'ENG101');
  add(10, wantsHonors() ? 'ENG211' : 'ENG201');
  add(11, wantsAP() ? 'ENG350' : 'ENG301');
  add(12, wantsAP() ? 'ENG450' : 'ENG401');

  // Mathematics
  if (p.mathTrack === 'advanced') {
    add(9, 'MAT122');
    add(10, 'MAT211');
    add(11, rnd.chance(0.3) ? 'MAT351' : 'MAT301');
    add(12, p.ability > 0.78 && rnd.chance(0.4) ? 'MAT451' : 'MAT450');
  } else if (p.mathTrack === 'remedial') {
    add(9, ['MAT100', 'MAT101']); // foundations in S1, algebra 1 in S2 (see schedule)
    add(10, 'MAT121');
    add(11, rnd.chance(0.6) ? 'MAT201' : 'MAT221');
    if (rnd.chance(0.6)) add(12, 'MAT311');
  } else {
    add(9, wantsHonors() ? 'MAT111' : 'MAT101');
    add(10, wantsHonors() ? 'MAT122' : 'MAT121');
    add(11, wantsHonors() ? 'MAT211' : 'MAT201');
    if (rnd.chance(0.65)) add(12, rnd.pick(wantsAP() ? ['MAT351', 'MAT450'] : ['MAT311', 'MAT221', 'MAT301', 'MAT401']));
  }

  // Science: biology, then two of chemistry / physics / earth-environmental
  add(9, wantsHonors() ? 'SCI111' : 'SCI101');
  const earthFirst = rnd.chance(0.35);
  add(10, earthFirst ? 'SCI401' : wantsHonors() ? 'SCI211' : 'SCI201');
  if (earthFirst) add(11, wantsHonors() ? 'SCI211' : 'SCI201');
  else add(11, wantsAP() ? rnd.pick(['SCI350', 'SCI150']) : 'SCI301');
  if (rnd.chance(p.ability > 0.5 ? 0.6 : 0.35)) add(12, wantsAP() ? rnd.pick(['SCI250', 'SCI451', 'SCI150']) : rnd.pick(['SCI411', 'SCI421', 'SCI301']));
  // (the AP Biology path in 11th needs a second physical science: let an ambitious 12th grader pick one)
  if (plan[11].includes('SCI150') && !plan[12].some((s) => /^SCI[234]/.test(s))) add(12, rnd.pick(['SCI301', 'SCI411']));

  // Social studies
  const geoFirst = rnd.chance(0.7);
  add(9, geoFirst ? 'SOC111' : 'SOC101');
  if (geoFirst) add(10, wantsAP() ? 'SOC150' : 'SOC101');
  add(11, wantsAP() ? 'SOC250' : 'SOC201');
  add(12, wantsAP() ? 'SOC350' : ['SOC301', 'SOC311']);

  // PE and health
  add(9, 'PHS101');
  add(10, ['HHS101', 'ELE131']);

  // World language
  if (p.language) {
    const L = p.language === 'SPAN' ? 'WLS' : 'WLF';
    let level = p.heritage ? 2 + (rnd.chance(0.4) ? 1 : 0) : 1;
    let g = p.heritage || rnd.chance(0.7) ? 9 : 10;
    for (; g <= 12 && level <= 5; g++, level++) {
      if (level >= 3 && !rnd.chance(p.languagePersistence)) break;
      if (level === 5 || (level === 4 && p.heritage && rnd.chance(0.5))) {
        if (!cat.has(`${L}450`) || !cat.get(`${L}450`).grades.includes(g)) break;
        add(g, `${L}450`);
        break;
      }
      add(g, `${L}${level}01`);
    }
  }

  // CTE pathway
  if (p.pathway) {
    const seq = {
      BUS: ['CTE101', 'CTE201', 'CTE401'],
      HEALTH: ['CTE111', 'CTE211', 'CTE411'],
      ENGR: ['CTE121', 'CTE221', 'CTE421'],
      CS: ['CTE131', rnd.chance(0.5) ? 'CTE150' : 'CTE231', rnd.chance(0.4) ? 'CTE250' : 'CTE431'],
    }[p.pathway];
    const start = rnd.chance(0.5) ? 9 : 10;
    const n = rnd.chance(p.ctePersistence) ? 3 : rnd.chance(0.5) ? 2 : 1;
    for (let i = 0; i < n; i++) {
      const g = Math.min(12, start + i + (start === 9 && i === 2 ? 1 : 0));
      const course = seq[i];
      if (cat.get(course).grades.includes(g)) add(g, course);
    }
  }

  // Fine arts
  if (p.arts === 'music') {
    const ens = rnd.pick(['ART111', 'ART121']);
    for (let g = 9; g <= 12; g++) if (rnd.chance(0.75)) add(g, ens);
  } else if (p.arts === 'visual') {
    add(rnd.pick([9, 10]), 'ART101');
    if (rnd.chance(0.5)) add(11, 'ART201');
    if (rnd.chance(0.25)) add(12, wantsAP() ? 'ART350' : 'ART201');
  } else if (p.arts === 'theatre') {
    add(rnd.pick([9, 10, 11]), 'ART131');
  }

  // Fill the remaining slots with electives. Seniors often take an early-release period.
  const target = { 9: 7, 10: 7, 11: 7, 12: p.earlyRelease ? 5 : rnd.chance(0.5) ? 6 : 7 };
  const electives = {
    9: ['ELE101', 'ELE161', 'ART101', 'ART121', 'ART131', 'CTE101', 'CTE131'],
    10: ['ELE111', 'ELE121', 'ENG220', 'PHS201', 'ELE161', 'ART101', 'ELE101'],
    11: ['SOC401', 'ELE111', 'ELE121', 'ENG220', 'ENG230', 'PHS201', 'ELE141', ['PHS211', 'HHS101']],
    12: ['SOC401', 'ELE141', 'ELE121', 'ENG230', 'PHS201', 'ELE111', 'SCI421'],
  };
  if (p.apRate > 0.3) {
    electives[11].push('SOC451', 'SCI451');
    electives[12].push('SOC451', 'MAT351');
  }
  for (let g = 9; g <= 12; g++) {
    let guard = 0;
    while (plan[g].length < target[g] && guard++ < 40) {
      const e = rnd.pick(electives[g]);
      const key = Array.isArray(e) ? e.join('+') : e;
      const taken = new Set(Object.values(plan).flat().flat());
      const repeatable = ['ELE111', 'ELE121', 'ELE141', 'PHS201', 'ART111', 'ART121'].includes(key);
      if (Array.isArray(e) ? e.some((c) => taken.has(c)) : taken.has(e) && !repeatable) continue;
      if (plan[g].some((s) => (Array.isArray(s) ? s.join('+') : s) === key)) continue;
      add(g, e);
    }
  }
  return numberRepeats(plan);
}

// Courses a student takes year after year (band, yearbook, teacher aide) have a course number per
// year, as the catalog lists them: the program counts a repeated course number once
// (settings.repeats), so the second year of band must not be "Concert Band" again.
const NEXT_YEAR_OF = {
  ART111: ['ART112', 'ART113', 'ART114'],
  ART121: ['ART122', 'ART123', 'ART124'],
  ART201: ['ART301'],
  PHS201: ['PHS202', 'PHS203'],
  ELE111: ['ELE112', 'ELE113'],
  ELE121: ['ELE122', 'ELE123'],
  ELE141: ['ELE142'],
};

function numberRepeats(plan) {
  const times = new Map();
  for (let g = 9; g <= 12; g++) {
    plan[g] = plan[g].map((slot) => {
      const later = Array.isArray(slot) ? undefined : NEXT_YEAR_OF[slot];
      if (later === undefined) return slot;
      const n = times.get(slot) ?? 0;
      times.set(slot, n + 1);
      return n === 0 ? slot : later[Math.min(n, later.length) - 1];
    });
  }
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Student

function profile(rnd, index) {
  const r = rnd.next();
  const gradeLevel = r < 0.26 ? 9 : r < 0.51 ? 10 : r < 0.76 ? 11 : 12;
  const ability = clamp(0.52 + 0.17 * rnd.normal(), 0.05, 0.98);
  const mathTrack =
    ability > 0.7 && rnd.chance(0.6) ? 'advanced' : ability < 0.32 && rnd.chance(0.65) ? 'remedial' : 'standard';
  const heritage = rnd.chance(0.12);
  const language = heritage ? 'SPAN' : rnd.chance(0.5) ? (rnd.chance(0.7) ? 'SPAN' : 'FREN') : null;
  const pathway = rnd.chance(0.5) ? rnd.pick(['BUS', 'HEALTH', 'ENGR', 'CS']) : null;
  const artsR = rnd.next();
  const arts = artsR < 0.2 ? 'music' : artsR < 0.45 ? 'visual' : artsR < 0.55 ? 'theatre' : null;
  const diligence = rnd.next();
  return {
    index,
    gradeLevel,
    ability,
    mathTrack,
    remedialReading: ability < 0.3 && rnd.chance(0.6),
    apRate: clamp((ability - 0.38) * 2.4, 0, 0.85),
    honorsRate: clamp((ability - 0.42) * 2.2, 0, 0.9),
    heritage,
    language,
    languagePersistence: clamp(0.35 + ability * 0.5 + (heritage ? 0.3 : 0), 0, 0.95),
    pathway,
    ctePersistence: clamp(0.62 + ability * 0.35, 0, 0.95),
    arts,
    // how far ahead the student's four-year plan is filled in
    planHorizon: diligence < 0.06 ? 0 : diligence < 0.16 ? 1 : 4,
    // seniors who front-load their last required courses into the fall semester
    frontLoad: diligence > 0.45,
    earlyRelease: gradeLevel === 12 && rnd.chance(0.3),
    transfer: gradeLevel >= 10 && rnd.chance(0.07),
    middleSchoolStandards: rnd.chance(0.06),
  };
}

function letterFor(rnd, p, course, bonus = 0) {
  const perf = p.ability + 0.14 + bonus - (DIFFICULTY[course.level] ?? 0) + 0.12 * rnd.normal();
  for (const [letter, pts, min] of LETTERS) if (perf >= min) return { letter, pts };
  return { letter: 'F', pts: 0 };
}

function creditLines(course, scale = 1) {
  const lines = course.creditLines ?? [{ type: course.creditType, amount: course.credits }];
  return lines.map((l) => ({ type: l.type, amount: scale === 0 ? '0' : l.amount }));
}

function statusFor(schoolYear, term) {
  if (schoolYear < CURRENT_SCHOOL_YEAR) return 'completed';
  if (schoolYear > CURRENT_SCHOOL_YEAR) return 'planned';
  if (term === 'S1' || term === 'Q1' || term === 'Q2') return 'completed';
  if (term === 'SU') return 'planned';
  return 'inProgress';
}

function makeRecord(rnd, p, course, { gradeLevel, schoolYear, term, status, bonus = 0, transfer = false }) {
  const rec = { courseNumber: course.courseNumber, stateCode: course.stateCode, name: course.name };
  if (!transfer) rec.status = status;
  if (status !== 'completed') {
    rec.credits = creditLines(course);
    rec.gradeLevel = gradeLevel;
    rec.schoolYear = schoolYear;
    if (status === 'inProgress' || term === 'SU') rec.term = term;
    return { rec, passed: null };
  }
  if (course.level === 'passFail') {
    const pass = rnd.chance(0.97);
    rec.credits = creditLines(course, pass ? 1 : 0);
    if (!pass) rec.attempted = course.credits;
    rec.excludeFromGpa = true;
    Object.assign(rec, { gradeLevel, schoolYear, term, grade: pass ? 'P' : 'NP' });
    return { rec, passed: pass };
  }
  const { letter, pts } = letterFor(rnd, p, course, bonus);
  const failed = pts === 0;
  const weighted = !failed && (course.level === 'AP' || course.level === 'honors') ? pts + 10 : pts;
  rec.credits = creditLines(course, failed ? 0 : 1);
  if (failed) rec.attempted = course.credits;
  rec.gpaValue = tenths(weighted);
  rec.unweightedGpaValue = tenths(pts);
  Object.assign(rec, { gradeLevel, schoolYear, term, grade: letter });
  if (transfer) {
    // records keyed in from another district's transcript: JSON numbers, status left to default
    rec.credits = rec.credits.map((l) => ({ type: l.type, amount: Number(l.amount) }));
    if (rec.attempted !== undefined) rec.attempted = Number(rec.attempted);
    rec.gpaValue = Number(rec.gpaValue);
    rec.unweightedGpaValue = Number(rec.unweightedGpaValue);
    rec.transferSchool = 'Riverside Consolidated HS';
  }
  return { rec, passed: !failed, pts, letter };
}

const REQUIRED_SLOT = /^(ENG[1-4]|MAT|SCI|SOC[1-3]|HHS|PHS101)/;

function scheduleYear(rnd, slots, frontLoad = false) {
  // order the slots into S1 then S2; prerequisite pairs keep their order across semesters
  const out = [];
  let shuffled = rnd.shuffle(slots);
  if (frontLoad) {
    const req = (s) => REQUIRED_SLOT.test(Array.isArray(s) ? s[0] : s);
    shuffled = [...shuffled.filter(req), ...shuffled.filter((s) => !req(s))];
  }
  const half = shuffled.length % 2 === 1 && rnd.chance(0.5) ? Math.ceil(shuffled.length / 2) : Math.floor(shuffled.length / 2);
  shuffled.forEach((slot, i) => {
    const sem = i < half ? 1 : 2;
    if (Array.isArray(slot) && slot[0] === 'MAT100') {
      out.push({ course: 'MAT100', term: 'S1' }, { course: 'MAT101', term: 'S2' });
    } else if (Array.isArray(slot)) {
      out.push({ course: slot[0], term: sem === 1 ? 'Q1' : 'Q3' }, { course: slot[1], term: sem === 1 ? 'Q2' : 'Q4' });
    } else out.push({ course: slot, term: `S${sem}` });
  });
  const order = { S1: 0, Q1: 1, Q2: 2, S2: 3, Q3: 4, Q4: 5 };
  return out.sort((a, b) => order[a.term] - order[b.term]);
}

const RETAKE_OK = /^(ENG|MAT|SCI|SOC|HHS|PHS|WL)/;

function generateStudent(seed, index, cat) {
  const rnd = makeRandom(seed, index);
  const p = profile(rnd, index);
  const id = `S${String(index + 1).padStart(6, '0')}`;
  const yearOf = (g) => CURRENT_SCHOOL_YEAR + (g - p.gradeLevel);
  const plan = buildPlan(rnd, p, cat);
  const transcript = [];
  const tests = [];
  const completed = []; // { course, schoolYear, term, passed, letter }

  // Middle school: high-school Algebra 1 in grade 8 for the advanced track; a standards-based
  // math 8 record for some others (standards-based records never count).
  const y8 = yearOf(8);
  if (p.mathTrack === 'advanced') {
    const course = cat.get('MAT111');
    const { rec, passed, letter } = makeRecord(rnd, p, course, { gradeLevel: 8, schoolYear: y8, term: 'FY', status: 'completed', bonus: 0.15 });
    transcript.push(rec);
    completed.push({ course, schoolYear: y8, term: 'FY', passed, letter });
  } else if (p.middleSchoolStandards) {
    const course = cat.get('MAT080');
    transcript.push({
      courseNumber: course.courseNumber, stateCode: course.stateCode, name: course.name, status: 'completed',
      credits: creditLines(course), standardsBased: true, gradeLevel: 8, schoolYear: y8, term: 'FY',
      grade: String(rnd.int(2, 4)),
    });
  }

  const transferYears = p.transfer ? rnd.int(1, p.gradeLevel - 9) : 0; // years spent at the previous school
  const summerRetakes = [];
  for (let g = 9; g <= 12; g++) {
    const schoolYear = yearOf(g);
    const yearsAhead = schoolYear - CURRENT_SCHOOL_YEAR;
    if (yearsAhead > p.planHorizon) continue; // no plan that far ahead yet
    let slots = plan[g];
    if (yearsAhead > 0 && p.planHorizon > 0 && rnd.chance(0.1)) slots = slots.slice(0, slots.length - 1); // an unfinished plan
    // retakes of last year's failures that were not made up in summer school
    const carried = summerRetakes.filter((r) => r.nextYear === schoolYear).map((r) => r.course.courseNumber);
    if (carried.length) slots = [...carried, ...slots].slice(0, Math.max(slots.length, 7));
    const schedule = scheduleYear(rnd, slots, g === 12 && p.frontLoad);
    if (yearsAhead > 0) {
      // the four-year plan: planned records without a term
      for (const { course: cn } of schedule) {
        const { rec } = makeRecord(rnd, p, cat.get(cn), { gradeLevel: g, schoolYear, term: null, status: 'planned' });
        transcript.push(rec);
      }
      continue;
    }
    const transfer = g - 9 < transferYears;
    for (const { course: cn, term } of schedule) {
      const course = cat.get(cn);
      const status = statusFor(schoolYear, term);
      const { rec, passed, letter } = makeRecord(rnd, p, course, { gradeLevel: g, schoolYear, term, status, transfer });
      if (carried.includes(cn)) rec.repeat = true;
      transcript.push(rec);
      if (status === 'completed') {
        completed.push({ course, schoolYear, term, passed, letter, rec });
        if (passed === false && RETAKE_OK.test(cn) && rnd.chance(0.8) && !transfer) {
          summerRetakes.push({ course, schoolYear, gradeLevel: g, nextYear: schoolYear + 1, summer: rnd.chance(0.6) || g === 12 });
        }
      }
    }
    // summer school after this year (completed for past years, planned for this one)
    for (const r of summerRetakes.filter((x) => x.schoolYear === schoolYear && (x.summer || schoolYear === CURRENT_SCHOOL_YEAR))) {
      r.nextYear = null;
      const status = schoolYear < CURRENT_SCHOOL_YEAR ? 'completed' : 'planned';
      const { rec, passed, letter } = makeRecord(rnd, p, r.course, { gradeLevel: r.gradeLevel, schoolYear, term: 'SU', status, bonus: 0.1 });
      rec.repeat = true;
      transcript.push(rec);
      if (status === 'completed') {
        completed.push({ course: r.course, schoolYear, term: 'SU', passed, letter, rec });
      }
    }
  }
  // ------------------------------------------------------------------ tests
  const springOf = (y) => `${y}-05-${pad2(rnd.int(4, 22))}`;
  const fallOf = (y) => `${y - 1}-${rnd.pick(['10', '11'])}-${pad2(rnd.int(1, 28))}`;
  const scaleEoc = (bonus = 0) => clamp(Math.round(320 + 250 * p.ability + 45 * rnd.normal() + bonus), 200, 600);
  const eoc = (code, stateCode, subject, date, bonus) => {
    const scale = scaleEoc(bonus);
    tests.push({ testCode: code, stateCode, subject, date, rawScore: String(Math.round((scale / 600) * 55)), scaleScore: String(scale), passed: scale >= 400 });
    return scale >= 400;
  };
  const done = (pred) => completed.filter((c) => pred(c.course.courseNumber) && c.passed !== false);
  const past = (c) => c.schoolYear < CURRENT_SCHOOL_YEAR || (c.schoolYear === CURRENT_SCHOOL_YEAR && c.term === 'FY');

  const alg = done((n) => n === 'MAT101' || n === 'MAT111').filter(past)[0];
  if (alg && rnd.chance(0.96)) {
    const ok = eoc('EOC-ALG1', 'ALG1', 'Math', springOf(alg.schoolYear), alg.course.level === 'honors' ? 30 : 0);
    if (!ok && alg.schoolYear + 1 < CURRENT_SCHOOL_YEAR + 1 && rnd.chance(0.7)) eoc('EOC-ALG1', 'ALG1', 'Math', `${alg.schoolYear}-12-${pad2(rnd.int(2, 15))}`, 25);
  }
  const bio = done((n) => /^SCI1/.test(n)).filter(past)[0];
  if (bio && rnd.chance(0.95)) eoc('EOC-BIO', 'BIO', 'Science', springOf(bio.schoolYear), 10);
  if (yearOf(10) < CURRENT_SCHOOL_YEAR && rnd.chance(0.95)) eoc('EOC-ENG10', 'ENG10', 'ELA', springOf(yearOf(10)), 5);
  const ush = done((n) => /^SOC2/.test(n)).filter(past)[0];
  if (ush && rnd.chance(0.93)) eoc('EOC-USH', 'USH', 'Social Studies', springOf(ush.schoolYear), 0);

  // Smarter Balanced, spring of grade 11
  if (yearOf(11) < CURRENT_SCHOOL_YEAR && rnd.chance(0.92)) {
    const date = `${yearOf(11)}-04-${pad2(rnd.int(8, 28))}`;
    const ela = clamp(Math.round(2380 + 380 * p.ability + 55 * rnd.normal()), 2299, 2795);
    const math = clamp(Math.round(2330 + 430 * p.ability + 60 * rnd.normal()), 2280, 2862);
    tests.push({ testCode: 'SBAC-HS', stateCode: 'SBAC', subject: 'ELA', date, scaleScore: String(ela) });
    tests.push({ testCode: 'SBAC-HS', stateCode: 'SBAC', subject: 'Math', date, scaleScore: String(math) });
  }

  // PSAT in October of grades 10 and 11; SAT in spring of 11 and fall of 12
  const sat = (x) => String(clamp(Math.round((x) / 10) * 10, 200, 800));
  for (const g of [10, 11]) {
    if (yearOf(g) <= CURRENT_SCHOOL_YEAR && rnd.chance(0.6)) {
      const date = `${yearOf(g) - 1}-10-${pad2(rnd.int(10, 25))}`;
      tests.push({ testCode: 'PSAT-ERW', subject: 'ELA', date, scaleScore: sat(250 + 420 * p.ability + 45 * rnd.normal()) });
      tests.push({ testCode: 'PSAT-M', subject: 'Math', date, scaleScore: sat(240 + 430 * p.ability + 50 * rnd.normal()) });
    }
  }
  const satSittings = [];
  if (yearOf(11) < CURRENT_SCHOOL_YEAR && rnd.chance(0.3 + 0.5 * p.ability)) satSittings.push(`${yearOf(11)}-03-${pad2(rnd.int(8, 14))}`);
  if (p.gradeLevel === 12 && rnd.chance(0.25 + 0.5 * p.ability)) satSittings.push(fallOf(CURRENT_SCHOOL_YEAR));
  satSittings.forEach((date, k) => {
    tests.push({ testCode: 'SAT-ERW', subject: 'ELA', date, scaleScore: sat(280 + 430 * p.ability + 45 * rnd.normal() + 20 * k) });
    tests.push({ testCode: 'SAT-M', subject: 'Math', date, scaleScore: sat(260 + 450 * p.ability + 50 * rnd.normal() + 20 * k) });
  });

  // AP exams in May for AP courses finished before this year
  for (const c of completed.filter((c) => c.course.apExam && past(c))) {
    if (!rnd.chance(0.85)) continue;
    const score = clamp(Math.round(1 + 5 * (p.ability - 0.35) + 0.9 * rnd.normal()), 1, 5);
    tests.push({ testCode: c.course.apExam, subject: c.course.creditType, date: springOf(c.schoolYear), scaleScore: String(score), passed: score >= 3 });
  }

  // STAMP 4S proficiency test for level-3+ language students
  const wl3 = completed.filter((c) => c.course.sequence >= 3 && c.course.language && past(c))[0];
  if (wl3 && rnd.chance(0.6)) {
    const level = clamp(Math.round(3 + 4 * p.ability + (p.heritage ? 1.5 : 0) + 0.8 * rnd.normal()), 1, 8);
    tests.push({ testCode: `STAMP-${wl3.course.language}`, subject: 'World Language', date: springOf(wl3.schoolYear), scaleScore: String(level) });
  }

  // Industry certifications after the course that prepares for them (incl. S1 of this year)
  for (const c of completed.filter((c) => c.course.certification && c.passed)) {
    if (!rnd.chance(0.85)) continue;
    const pass = rnd.chance(0.45 + 0.5 * p.ability);
    const date = c.term === 'S1' ? `${c.schoolYear - 1}-12-${pad2(rnd.int(10, 19))}` : springOf(c.schoolYear);
    tests.push({ testCode: c.course.certification, date, passed: pass });
    if (!pass && c.schoolYear < CURRENT_SCHOOL_YEAR && rnd.chance(0.6)) {
      tests.push({ testCode: c.course.certification, date: fallOf(c.schoolYear + 1), passed: rnd.chance(0.7) });
    }
  }
  tests.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // ------------------------------------------------------------------ programs and stored GPAs
  const programs = [];
  const numbers = transcript.map((t) => t.courseNumber);
  const cteAdvanced = numbers.some((n) => /^CTE[24]/.test(n));
  if (p.pathway && cteAdvanced && rnd.chance(0.85)) {
    const certPassed = tests.some((t) => t.testCode.startsWith('IC-') && t.passed);
    programs.push({ programId: 'CTE_PATHWAY', status: p.gradeLevel === 12 && certPassed && rnd.chance(0.5) ? 'completed' : 'assigned' });
  }
  if (numbers.some((n) => /^WL.[34]/.test(n)) && rnd.chance(0.85)) {
    programs.push(p.gradeLevel === 12 && rnd.chance(0.3) ? { programId: 'SEAL_OF_BILITERACY', status: 'completed' } : { programId: 'SEAL_OF_BILITERACY' });
  }
  if (numbers.includes('ELE161')) programs.push({ programId: 'AVID', status: 'assigned' });

  const student = { id, gradeLevel: p.gradeLevel, schoolId: 'LVHS', cohort: CURRENT_SCHOOL_YEAR + (12 - p.gradeLevel), transcript, tests };
  if (p.transfer) {
    // the previous district's cumulative GPA (computed by its own rules), stored as the official value
    const g = storedGpa(transcript, 'gpaValue', rnd.int(-300, 200));
    if (g !== null) student.gpas = [{ calculation: 'cumulative', type: 'weighted', value: g }];
  }
  if (programs.length) student.programs = programs;
  const activities = generateActivities(seed, index, p);
  if (activities.length) student.activities = activities;
  const exceptions = generateExceptions(seed, index, transcript);
  if (exceptions.length) student.exceptions = exceptions;
  return student;
}

// ------------------------------------------------------------------ exceptions
// Counselors' per-student exceptions (DESIGN.md §10), from a stream of their own so every other
// field stays what it was before exceptions existed: an IEP waiver of the state assessments, the
// health pathway's anatomy course counted as a third science, and a medical waiver entered when
// the PE requirement was still called PE_CREDITS (renamed since: an orphan, reported as a warning).
function generateExceptions(seed, index, transcript) {
  const rnd = makeRandom((seed ^ 0xe8c3d1) >>> 0, index);
  const exceptions = [];
  const approval = () => ({ approvedBy: `counselor ${rnd.int(1, 6)}`, date: `${CURRENT_SCHOOL_YEAR - 1}-${pad2(rnd.int(9, 12))}-${pad2(rnd.int(1, 28))}` });
  const id = () => `EX-${String(index + 1).padStart(4, '0')}-${exceptions.length + 1}`;
  const program = 'LAKEVIEW_GRAD';
  if (rnd.chance(0.04)) {
    exceptions.push({ id: id(), program, kind: 'waive', criterion: 'ASSESSMENTS', reason: 'IEP: takes the alternate state assessment', ...approval() });
  }
  if (transcript.some((t) => t.courseNumber === 'CTE211') && rnd.chance(0.6)) {
    exceptions.push({
      id: id(), program, kind: 'substitute', criterion: 'SCIENCE', requirement: 'EARTH_ENV', record: { courseNumber: 'CTE211' },
      reason: 'Medical Terminology and Anatomy counts as the third science (health pathway)', ...approval(),
    });
  }
  if (rnd.chance(0.02)) {
    exceptions.push({ id: id(), program, kind: 'waive', criterion: 'PE_HEALTH', requirement: 'PE_CREDITS', reason: "medical: no physical education (doctor's note)", ...approval() });
  }
  return exceptions;
}

// ------------------------------------------------------------------ activities
// Community service and work-based learning hours (DESIGN.md §12). A stream of their own, so the
// transcripts and tests above stay what they were before activities existed.
const SERVICE_CODES = ['SERV-COMMUNITY', 'SERV-SCHOOL', 'SERV-FOOD-BANK', 'SERV-TUTORING'];

function generateActivities(seed, index, p) {
  const rnd = makeRandom((seed ^ 0x5e41ce) >>> 0, index);
  const engagement = rnd.next();
  if (engagement < 0.08) return []; // never logged any hours
  const activities = [];
  const yearOf = (g) => CURRENT_SCHOOL_YEAR + (g - p.gradeLevel);
  for (let g = 9; g <= 12; g++) {
    const hours = Math.round(4 + engagement * 18 + rnd.int(0, 8));
    if (hours === 0) continue;
    const code = rnd.pick(SERVICE_CODES);
    const date = g < p.gradeLevel ? `${yearOf(g)}-05-${pad2(rnd.int(1, 28))}` : g === p.gradeLevel ? `${CURRENT_SCHOOL_YEAR - 1}-11-${pad2(rnd.int(1, 28))}` : undefined;
    if (g < p.gradeLevel || (g === p.gradeLevel && rnd.chance(0.5))) {
      activities.push({ code, amount: String(hours), date, description: 'Volunteer hours' });
    } else if (g === p.gradeLevel) {
      activities.push({ code, amount: String(hours), status: 'inProgress', description: 'Volunteer hours, this school year' });
    } else if (p.planHorizon >= g - p.gradeLevel) {
      activities.push({ code, amount: String(hours), status: 'planned', description: 'Planned volunteer hours' });
    }
  }
  if (p.pathway && p.gradeLevel >= 11 && rnd.chance(0.4)) {
    activities.push({ code: 'WBL-INTERNSHIP', amount: String(rnd.int(20, 80)), date: `${CURRENT_SCHOOL_YEAR - 1}-08-${pad2(rnd.int(1, 28))}`, description: 'Work-based learning' });
  }
  return activities.map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)));
}

function storedGpa(transcript, field, offset) {
  // sum in hundredths of points × tenths of credits (all integers), printed with 4 decimals
  let num = 0;
  let den = 0;
  for (const t of transcript) {
    if ((t.status ?? 'completed') !== 'completed' || t.excludeFromGpa || t.standardsBased || t[field] === undefined) continue;
    const w = Math.round(Number(t.attempted ?? t.credits.reduce((s, l) => s + Number(l.amount), 0)) * 10);
    num += Math.round(Number(t[field]) * 100) * w;
    den += w;
  }
  if (den === 0) return null;
  const q = Math.max(0, Math.round((num * 100) / den) + offset); // ten-thousandths, nudged by the other district's rules
  return `${Math.floor(q / 10000)}.${String(q % 10000).padStart(4, '0')}`;
}

export function generateStudents(count = DEFAULT_COUNT, seed = DEFAULT_SEED, catalog = loadCatalog()) {
  const cat = indexCatalog(catalog);
  const students = [];
  for (let i = 0; i < count; i++) students.push(generateStudent(seed >>> 0, i, cat));
  return students;
}

export function toNdjson(students) {
  return students.map((s) => JSON.stringify(s)).join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv) {
  const opts = { count: DEFAULT_COUNT, seed: DEFAULT_SEED, out: join(HERE, 'students.ndjson') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--count') opts.count = Number(value());
    else if (a === '--seed') opts.seed = Number(value());
    else if (a === '--out') opts.out = resolve(value());
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(opts.count) || opts.count < 0) throw new Error('--count must be a non-negative integer');
  if (!Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`generate.mjs: ${e.message}`);
    process.exit(2);
  }
  if (opts.help) {
    console.log('usage: node generate.mjs [--count N (400)] [--seed S] [--out FILE (students.ndjson beside this script)]');
  } else {
    const students = generateStudents(opts.count, opts.seed);
    writeFileSync(opts.out, toNdjson(students));
    console.error(`wrote ${students.length} students to ${opts.out}`);
  }
}
