import type { Fixed } from "../decimal/index.js";
import type { AppliedException } from "../model/exception.js";
import type { Allocation, GpaRounding, GpaType, Repeats, Status } from "../model/vocabulary.js";
import type { IssueSink, Path } from "../shape/issues.js";
import { literal, optional, strictObject, text, type Fields, type LiteralType, type ObjectType, type Optional, type Out, type TextType } from "../shape/types.js";
import type { PreparedRecord, PreparedStudent, PreparedTest } from "../student/prepared.js";
import type { CriterionResult } from "../report/types.js";
import type { GpaFilter } from "./gpa-filter.js";
import type { MatchIndex } from "./record-matcher.js";

/*
 * What a requirement kind is made of. Each kind is one file (course.ts, test.ts, …) exporting one
 * KindModule, and kinds.ts registers them: the definition shape, the zod schema and JSON Schema,
 * validation, the compiled plan, loading, evaluation and the report type all come from that one
 * object, and TypeScript reports any part a new kind leaves out. How the tree printer words a
 * result is presentation and lives in src/report/kind-tree.ts, which TypeScript also requires
 * for every kind: the runtime entry evaluates and never prints.
 */

/** The keys every requirement has, in the order the JSON Schema lists them. */
type CommonFields<T extends string> = { id: TextType; description: Optional<TextType>; type: LiteralType<T> };

/** A requirement kind's definition shape: the common keys, then the kind's own. */
export type KindShape<T extends string, F extends Fields> = ObjectType<CommonFields<T> & F>;

export function kindShape<const T extends string, F extends Fields>(type: T, fields: F): KindShape<T, F> {
  return strictObject({ id: text({ minLength: 1 }), description: optional(text()), type: literal(type), ...fields });
}

/** A program's settings with every default applied. */
export interface CompiledSettings {
  gpaType: GpaType;
  gpaDecimals: number;
  gpaRounding: GpaRounding;
  caseSensitive: boolean;
  /** Absent: "shared" (§11). */
  allocation?: Allocation;
  /** Absent: "all" (§11). */
  repeats?: Repeats;
  /** Letter grades from best to worst (§11); absent when the program has none. */
  gradeScale?: string[];
}

/** What validating one requirement needs to know about its program. */
export interface ValidateContext {
  issues: IssueSink;
  /** Ids of the program's GPA calculations (`cumulative` excluded). */
  gpaCalculations: ReadonlySet<string>;
  /** The program's `settings.gradeScale`, for `minGrade` (§11). */
  gradeScale: readonly string[] | undefined;
}

/** What loading a requirement needs from its program and program set. */
export interface LoadContext {
  criterion: string;
  settings: CompiledSettings;
  parentCreditTypes: ReadonlySet<string> | undefined;
  /** Course-number pattern lists of the whole program set (requirements and GPA calculations). */
  courses: MatchIndex;
  /** Test-code pattern lists of the whole program set. */
  tests: MatchIndex;
  /** The program's GPA calculations by id, `cumulative` included. */
  gpaFilters: ReadonlyMap<string, GpaFilter>;
  /** Each letter grade of `settings.gradeScale` with its position (0 is the best). */
  gradeRanks: ReadonlyMap<string, number>;
}

/**
 * Why a record counts nowhere in a program although it matches: an exclude without a target
 * (DESIGN.md §10), or a repeat of a course that counts once (§11).
 */
export type SetAsideReason = "excluded" | "repeated";

/** What evaluating one requirement for one student may ask of the engine. */
export interface EvaluationScope {
  student: PreparedStudent;
  /**
   * The report is compact (`detail: "compact"`): results leave out their per-record listing and
   * their description. Built that way from the start: removing keys afterwards cost more than the
   * listings themselves and left objects that JSON.stringify walks slowly.
   */
  compact: boolean;
  /** The transcript records (standards-based ones too) that match a course slot, in transcript order. */
  records(slot: number): readonly PreparedRecord[];
  /** The test results (not planned entries) that match a test slot, in input order. */
  scores(slot: number): readonly PreparedTest[];
  /** The planned test entries (registrations, §9) that match a test slot, in input order. */
  plannedScores(slot: number): readonly PreparedTest[];
  /**
   * Records that count nowhere in this program, with the reason; undefined when there are none
   * (the usual case). `replaced` records are not here: they count nowhere in any program, and
   * say so themselves (`record.replaced`).
   */
  setAside: ReadonlyMap<PreparedRecord, SetAsideReason> | undefined;
  /** The status of another program for this student (evaluated before this one). */
  programStatus(programId: string): Status;
  /** The result of another criterion of the same program (evaluated before the one that links it). */
  criterion(criterionId: string): CriterionResult;
  /**
   * Exclusive allocation (§11): by transcript index, for every record some requirement could
   * take, the requirement it was given to (every candidate is given to one, A-11.19); undefined in
   * shared mode.
   */
  owners: readonly (Owner | undefined)[] | undefined;
}

/** A requirement, named by its criterion and id (`usedBy`, §11). */
export interface Owner {
  criterion: string;
  requirement: string;
}

/** A requirement's allocation view for one student, its exceptions applied. */
export type AllocationViewOf = (scope: EvaluationScope, adjustment: RequirementAdjustment | undefined) => AllocationView;

/** What exclusive allocation (§11) needs of a requirement that takes records. */
export interface AllocationView {
  /** The records it could take, in transcript order. */
  candidates: readonly PreparedRecord[];
  /** Whether one more record can never lower its status (false with overlapping caps, A-11.9). */
  monotone: boolean;
  /**
   * Its rank (offTrack 0, onTrack 1, met 2) when given the candidates for which `given` holds;
   * `given` takes a position in `candidates`, so the search reads its choices without a lookup.
   */
  rank(given: (candidate: number) => boolean): number;
  /** Present when the credit total alone decides the rank (see CreditUnits). */
  units?: CreditUnits | undefined;
  /** The requirement's result once `scope.owners` holds the search's answer, reusing what the view already worked out. */
  result(): RequirementResultBase;
}

/**
 * A rank decided by a credit total alone: each candidate's credits as integers at one scale,
 * whether its record is completed, and the units needed. A set of candidates ranks 2 when its
 * completed units reach `need`, 1 when all its units do, else 0 (as `rank` says). So two
 * candidates with equal units and completion are interchangeable.
 */
export interface CreditUnits {
  units: readonly number[];
  completed: readonly boolean[];
  need: number;
}

/**
 * What a student's exceptions change in one requirement (DESIGN.md §10), resolved against the
 * program before it is evaluated. A waive is not here: the engine sets the status afterwards,
 * whatever the kind.
 */
export interface RequirementAdjustment {
  /** Records a substitute counts toward this (course) requirement as if they matched it, in transcript order. */
  substitutes: readonly PreparedRecord[] | undefined;
  /** Records a targeted exclude leaves out of this requirement. */
  excluded: ReadonlySet<PreparedRecord> | undefined;
  /** The minimum the last adjust sets (minCredits or minTotal, per `ExceptionTargets.adjust`). */
  minimum: Fixed | undefined;
}

/** Which exceptions besides `waive` (which every requirement takes) a requirement takes. */
export interface ExceptionTargets {
  /** `substitute` counts records toward it (course requirements). */
  substitute?: boolean;
  /** A targeted `exclude` leaves records out of it (course and GPA requirements). */
  exclude?: boolean;
  /** The minimum an `adjust` replaces; an adjust giving the other field is an orphan. */
  adjust?: "minCredits" | "minTotal";
}

/** The fields every requirement result starts with. */
export interface RequirementResultBase {
  id: string;
  /** The criterion that defines the requirement. */
  criterion: string;
  description?: string;
  status: Status;
  /** The student's exceptions applied to this requirement, in the student's order (§10). */
  exceptions?: AppliedException[];
  /** Present (true) when the result cannot change its criterion: a lower operand of an OR or k OF (§13). */
  muted?: true;
}

/** What a `report.remaining` entry says is still needed, by kind. */
export interface RemainingFigures {
  remainingCredits?: string;
  remainingCourses?: number;
  remainingTotal?: string;
  requiredGpa?: string;
  /** countPassing tests: distinct passed codes needed and passed. */
  tests?: { required: number; achieved: number };
}

/** Everything about one requirement kind (see kinds.ts for the registry). */
export interface KindModule<S extends ObjectType, Runtime, Result extends RequirementResultBase> {
  /** The definition shape: `kindShape(type, { …the kind's keys })`. */
  readonly shape: S;
  /** The rules one requirement follows beyond its shape, reported into `context.issues` at `path`. */
  validate(definition: Out<S>, path: Path, context: ValidateContext): void;
  /** What a student's evaluation needs, built once when a compiled program is loaded. */
  load(definition: Out<S>, context: LoadContext): Runtime;
  /** One student's result; `adjustment` holds what the student's exceptions change here, if anything. */
  evaluate(runtime: Runtime, scope: EvaluationScope, adjustment: RequirementAdjustment | undefined): Result;
  /**
   * Writes the figures of the result's entry in `report.remaining` (what is still needed, §13)
   * into `entry`: written in place, not returned, because spreading a returned object into each
   * entry cost about 5 % of a whole evaluation.
   */
  remaining(result: Result, entry: RemainingFigures): void;
  /** A suggestion shown in `report.recommendations`, never referenced by an expression (course only). */
  isRecommended?(definition: Out<S>): boolean;
  /** The criterion this requirement links (child only). */
  linkedCriterion?(definition: Out<S>): string;
  /** The other programs this requirement names (academic-program only). */
  namedPrograms?(definition: Out<S>): readonly string[];
  /** The exceptions besides waive that may target this requirement (§10); none when absent. */
  exceptionTargets?(definition: Out<S>): ExceptionTargets;
  /**
   * For a kind that takes transcript records in exclusive allocation (§11): undefined when this
   * requirement takes none (known when the program loads), else what the search needs per student.
   */
  allocation?(runtime: Runtime): AllocationViewOf | undefined;
}
