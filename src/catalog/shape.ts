import { amount, boolean, list, looseObject, optional, text, withDefault, type In, type Out } from "../shape/types.js";

/*
 * The course and test catalog (DESIGN.md §13), declared once: the reader, the zod schema and the
 * JSON Schema file derive from these declarations. A catalog is an SIS export like a student
 * record, so objects are loose (extra keys such as a level or grade range are ignored) while every
 * key declared here is checked. Course numbers have the transcript's bounds, so every catalog
 * course can stand in a transcript.
 */

export const CatalogCreditShape = looseObject({
  type: text(),
  amount: amount(),
});

export const CatalogCourseShape = looseObject({
  courseNumber: text({ minLength: 1, maxLength: 64 }),
  stateCode: optional(text()),
  name: optional(text()),
  credits: optional(list(CatalogCreditShape)),
  /** A retired course stays in the catalog with `active: false` (A-13.6: true when absent). */
  active: withDefault(boolean(), true),
});

export const CatalogTestShape = looseObject({
  testCode: text({ minLength: 1 }),
  stateCode: optional(text()),
  subject: optional(text()),
});

export const CatalogShape = looseObject({
  courses: list(CatalogCourseShape),
  tests: optional(list(CatalogTestShape)),
});

/** A district's course and test catalog (DESIGN.md §13), as plain JSON. */
export interface Catalog extends In<typeof CatalogShape> {}
/** One course of a catalog. */
export interface CatalogCourse extends In<typeof CatalogCourseShape> {}
/** One test of a catalog. */
export interface CatalogTest extends In<typeof CatalogTestShape> {}

export type CatalogRead = Out<typeof CatalogShape>;
export type CatalogCourseRead = Out<typeof CatalogCourseShape>;
export type CatalogTestRead = Out<typeof CatalogTestShape>;
