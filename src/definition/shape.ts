import { ALLOCATIONS, GPA_ROUNDINGS, GPA_TYPES, REPEATS } from "../model/vocabulary.js";
import { CreditGroupShape } from "../requirements/credit-group.js";
import { GpaCalculationShape } from "../requirements/gpa-filter.js";
import { RequirementShape } from "../requirements/kinds.js";
import { boolean, integer, list, oneOf, optional, strictObject, text, type In, type Out } from "../shape/types.js";

/*
 * A program definition (DESIGN.md §3), declared once. Definitions are written by hand, so every
 * object is strict: a typo such as `minCredit` is an error rather than a silently ignored key.
 * Requirement shapes come from the kinds' registry. Rules that span fields (digit limits,
 * references, expressions, cycles) are checked after the shape (src/engine/validate/).
 */

const Id = text({ minLength: 1 });

export const SettingsShape = strictObject({
  gpaType: optional(oneOf(GPA_TYPES)),
  gpaDecimals: optional(integer({ min: 0, max: 4 })),
  gpaRounding: optional(oneOf(GPA_ROUNDINGS)),
  caseSensitive: optional(boolean()),
  allocation: optional(oneOf(ALLOCATIONS)),
  repeats: optional(oneOf(REPEATS)),
  gradeScale: optional(list(text())),
});

export const CriterionShape = strictObject({
  id: Id,
  description: optional(text()),
  expression: text(),
  creditType: optional(text()),
  displayAlert: optional(boolean()),
  displayOrder: optional(integer()),
  requirements: list(RequirementShape),
  required: optional(boolean()),
});

export const StudentStatusShape = strictObject({
  status: Id,
  expression: text(),
});

export const ProgramShape = strictObject({
  id: Id,
  name: optional(text()),
  description: optional(text()),
  settings: optional(SettingsShape),
  parentCreditTypes: optional(list(text())),
  creditGroups: optional(list(CreditGroupShape)),
  gpaCalculations: optional(list(GpaCalculationShape)),
  criteria: list(CriterionShape),
  statuses: optional(list(StudentStatusShape)),
});

/** A program definition as DESIGN.md §3 describes it. */
export interface ProgramDefinition extends In<typeof ProgramShape> {}
/** A program definition as the shape reader returns it (decimals exact). */
export type ProgramRead = Out<typeof ProgramShape>;
export type CriterionRead = Out<typeof CriterionShape>;
export type SettingsDefinition = In<typeof SettingsShape>;
