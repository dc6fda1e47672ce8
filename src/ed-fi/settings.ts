import { compare, type Fixed } from "../decimal/fixed.js";
import { ProgramDefinitionError } from "../errors/index.js";
import type { GpaType } from "../model/vocabulary.js";
import { exact } from "./decimals.js";
import * as D from "./defaults.js";
import { table } from "./descriptors.js";
import { issuesOf } from "./issues.js";
import { EdFiOptionsSchema, type EdFiOptions } from "./options-schema.js";

/** Score reporting methods of one assessment: which give `rawScore`, which `scaleScore`, which are dropped quietly. */
export interface ScoreMethods {
  raw: ReadonlySet<string>;
  scale: ReadonlySet<string>;
  ignore: ReadonlySet<string>;
}

/** The options with every default filled in, as lookup tables. */
export interface Settings {
  asOf: string;
  letters: ReadonlyMap<string, Fixed> | undefined;
  bands: readonly { min: Fixed; points: Fixed }[] | undefined;
  weights: ReadonlyMap<string, Fixed>;
  weightAs: "gpaValue" | "bonusPoints";
  creditTypes: ReadonlyMap<string, string>;
  creditTypesGiven: boolean;
  otherCreditType: string;
  highSchoolRequirementOnly: boolean;
  creditUnit: string;
  scores: ScoreMethods;
  scoresByAssessment: ReadonlyMap<string, ScoreMethods>;
  passLevels: ReadonlySet<string>;
  failLevels: ReadonlySet<string>;
  attemptResults: ReadonlyMap<string, D.AttemptResult>;
  incomplete: "completed" | "inProgress" | "drop";
  withdrawn: "drop" | "completed";
  repeatCodes: ReadonlyMap<string, D.RepeatRule>;
  gradeLevels: ReadonlyMap<string, number>;
  prefixCourseNumbers: boolean;
  courseStateCodeSystem: string;
  assessmentStateCodeSystem: string;
  termOrder: ReadonlyMap<string, number>;
  gpaTypes: ReadonlyMap<string, GpaType>;
  cumulativeWhenUnknown: boolean;
  legacyCumulativeGpa: GpaType | undefined;
  programTypes: ReadonlyMap<string, string>;
  programCompletedReasons: ReadonlySet<string>;
  diplomaTypes: ReadonlyMap<string, string>;
  diplomaTypesGiven: boolean;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const decimals = (record: Readonly<Record<string, number | string>>) =>
  new Map(Object.entries(record).map(([key, value]) => [key, exact(value)]));

/** Validates the options (a `ProgramDefinitionError` with paths from `["options"]`) and fills in the defaults. */
export function resolveOptions(options: unknown): Settings {
  let parsed: ReturnType<typeof EdFiOptionsSchema.safeParse>;
  try {
    parsed = EdFiOptionsSchema.safeParse(options ?? {}, { reportInput: true });
  } catch {
    throw new ProgramDefinitionError([{ path: ["options"], code: "unreadable", message: "could not be read (a property threw when read)" }]);
  }
  if (!parsed.success) throw new ProgramDefinitionError(issuesOf(parsed.error.issues, ["options"]));
  return settingsOf(parsed.data);
}

function settingsOf(o: EdFiOptions): Settings {
  const scale = o.gradeScale;
  const methods = (own: { raw?: string[]; scale?: string[]; ignore?: string[] } | undefined, base: ScoreMethods): ScoreMethods => ({
    raw: own?.raw === undefined ? base.raw : new Set(own.raw),
    scale: own?.scale === undefined ? base.scale : new Set(own.scale),
    ignore: own?.ignore === undefined ? base.ignore : new Set(own.ignore),
  });
  const scores = methods(o.scores, { raw: new Set(D.RAW_METHODS), scale: new Set(D.SCALE_METHODS), ignore: new Set() });
  return {
    asOf: o.asOf ?? today(),
    letters: scale?.letters === undefined ? undefined : decimals(scale.letters),
    // Highest band first: a grade takes the points of the first band whose minimum it reaches.
    bands: scale?.numeric?.map((band) => ({ min: exact(band.min), points: exact(band.points) })).sort((a, b) => compare(b.min, a.min)),
    weights: decimals(scale?.weights ?? {}),
    weightAs: scale?.weightAs ?? "gpaValue",
    creditTypes: table([], o.creditTypes),
    creditTypesGiven: o.creditTypes !== undefined && Object.keys(o.creditTypes).length > 0,
    otherCreditType: o.otherCreditType ?? D.OTHER_CREDIT_TYPE,
    highSchoolRequirementOnly: o.highSchoolRequirementOnly ?? true,
    creditUnit: o.creditUnit ?? D.CREDIT_UNIT,
    scores,
    scoresByAssessment: new Map(Object.entries(o.scores?.byAssessment ?? {}).map(([id, own]) => [id, methods(own, scores)])),
    passLevels: new Set(o.performanceLevels?.pass ?? D.PASS_LEVELS),
    failLevels: new Set(o.performanceLevels?.fail ?? D.FAIL_LEVELS),
    attemptResults: table(D.ATTEMPT_RESULTS, o.attemptResults),
    incomplete: o.incomplete ?? "completed",
    withdrawn: o.withdrawn ?? "drop",
    repeatCodes: table(D.REPEAT_CODES, o.repeatCodes),
    gradeLevels: table(D.GRADE_LEVELS, o.gradeLevels),
    prefixCourseNumbers: o.prefixCourseNumbers ?? false,
    courseStateCodeSystem: o.courseStateCodeSystem ?? D.COURSE_STATE_SYSTEM,
    assessmentStateCodeSystem: o.assessmentStateCodeSystem ?? D.ASSESSMENT_STATE_SYSTEM,
    termOrder: new Map((o.termOrder ?? D.TERM_ORDER).map((term, i) => [term, i])),
    gpaTypes: table(D.GPA_TYPES, o.gpaTypes),
    cumulativeWhenUnknown: o.cumulativeWhenUnknown ?? true,
    legacyCumulativeGpa: o.legacyCumulativeGpa,
    // A district that names its academic programs names all of them: the given table replaces the default.
    programTypes: table(o.programTypes === undefined ? D.PROGRAM_TYPES : [], o.programTypes),
    programCompletedReasons: new Set(o.programCompletedReasons ?? D.COMPLETED_EXIT_REASONS),
    diplomaTypes: table([], o.diplomaTypes),
    diplomaTypesGiven: o.diplomaTypes !== undefined,
  };
}
