import { ALLOCATIONS, GPA_ROUNDINGS, GPA_TYPES, REPEATS } from "../../model/vocabulary.js";
import { CreditGroupShape } from "../../requirements/credit-group.js";
import { GpaCalculationShape, RequirementShape } from "../../requirements/index.js";
import {
  boolean,
  expression,
  integer,
  list,
  literal,
  oneOf,
  optional,
  strictObject,
  text,
  textOrInteger,
  type In,
  type Out,
} from "../../shape/types.js";

/*
 * The compiled plan: what `compiled.toJSON()` returns and the runtime entry loads. Plain JSON:
 * the definitions normalised (decimals in canonical text, settings with their defaults,
 * expressions parsed, recommended requirements apart, criteria ordered for display). Declared
 * like every other shape, so the loader checks an artefact field by field with the same reader.
 */

export const COMPILED_FORMAT = "program-criteria/compiled-program";
export const COMPILED_VERSION = 1;

const Id = text({ minLength: 1 });

export const CompiledSettingsShape = strictObject({
  gpaType: oneOf(GPA_TYPES),
  gpaDecimals: integer({ min: 0, max: 4 }),
  gpaRounding: oneOf(GPA_ROUNDINGS),
  caseSensitive: boolean(),
  // Part II settings are written only when a definition gives them, so wave-1 artefacts stay as they were.
  allocation: optional(oneOf(ALLOCATIONS)),
  repeats: optional(oneOf(REPEATS)),
  gradeScale: optional(list(text())),
});

export const CompiledCriterionShape = strictObject({
  id: Id,
  description: optional(text()),
  expression: expression(),
  /** The expression's canonical text, as reports show it. */
  canonical: text(),
  creditType: optional(text()),
  displayAlert: optional(boolean()),
  displayOrder: optional(integer()),
  requirements: list(RequirementShape),
  recommendations: list(RequirementShape),
  required: optional(boolean()),
});

export const WarningShape = strictObject({
  code: text(),
  message: text(),
  path: list(textOrInteger()),
});

export const CompiledProgramDataShape = strictObject({
  id: Id,
  name: optional(text()),
  description: optional(text()),
  settings: CompiledSettingsShape,
  parentCreditTypes: optional(list(text())),
  creditGroups: list(CreditGroupShape),
  gpaCalculations: list(GpaCalculationShape),
  /** Every criterion in definition order. */
  criteria: list(CompiledCriterionShape),
  /** Ids of the criteria no child requirement links, in display order. */
  topLevel: list(text()),
  statuses: list(strictObject({ status: Id, expression: expression() })),
  warnings: list(WarningShape),
});

export const CompiledProgramShape = strictObject({
  format: literal(COMPILED_FORMAT),
  version: integer({ min: COMPILED_VERSION, max: COMPILED_VERSION }),
  /** The program evaluated; `programs` holds it and every program it may name. */
  programId: text(),
  programs: list(CompiledProgramDataShape),
});

/** The serialisable form of a CompiledProgram: `compiled.toJSON()`, loaded back by `loadCompiledProgram`. */
export interface CompiledProgramJSON extends In<typeof CompiledProgramShape> {}
/** One program of a compiled artefact: its definition normalised, expressions parsed, criteria ordered. */
export interface CompiledProgramData extends In<typeof CompiledProgramDataShape> {}
/** One criterion of a compiled program. */
export interface CompiledCriterion extends In<typeof CompiledCriterionShape> {}

export type PlanRead = Out<typeof CompiledProgramShape>;
export type ProgramPlanRead = Out<typeof CompiledProgramDataShape>;
export type CriterionPlanRead = Out<typeof CompiledCriterionShape>;
