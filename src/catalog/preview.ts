import type { CompileOptions } from "../engine/progress.js";
import type { CompiledProgram } from "../engine/compiled-program.js";
import { catalogViewOf } from "../requirements/catalog-views.js";
import { writeShape } from "../shape/write.js";
import { courseEntries, matching, testEntries, type Entry } from "./entries.js";
import { programParts } from "./program-parts.js";
import { readCatalog } from "./read.js";
import { CatalogCourseShape, CatalogTestShape, type CatalogCourse, type CatalogTest } from "./shape.js";

/** A course or test requirement with the catalog entries it matches, in catalog order. */
export interface PreviewRequirement {
  criterion: string;
  id: string;
  /** Course requirements. */
  courses?: CatalogCourse[];
  /** Test requirements, when the catalog lists tests. */
  tests?: CatalogTest[];
}

/** What `previewProgram` returns: the vendor's Preview Course List and Preview Test List (DESIGN.md §13). */
export interface ProgramPreview {
  requirements: PreviewRequirement[];
  /** GPA calculations that name `courses`, with the catalog courses they take. */
  gpaCalculations: { id: string; courses: CatalogCourse[] }[];
}

const courseOut = (e: Entry) => writeShape(CatalogCourseShape, e.read as never) as CatalogCourse;
const testOut = (e: Entry) => writeShape(CatalogTestShape, e.read as never) as CatalogTest;

/**
 * For each course and test requirement (recommended ones included, in definition order) and each
 * GPA calculation with `courses`, the catalog entries it matches, inactive ones included. A
 * requirement matches as the evaluator does: a number or state code pattern hits and no exclusion
 * does. Throws ProgramDefinitionError for a bad program, or a bad catalog (paths from `["catalog"]`).
 */
export function previewProgram(program: CompiledProgram | unknown, catalog: unknown, options?: CompileOptions): ProgramPreview {
  const parts = programParts(program, options);
  const read = readCatalog(catalog);
  const courses = courseEntries(read);
  const tests = testEntries(read);
  const requirements: PreviewRequirement[] = [];
  for (const { criterion, id, requirement } of parts.requirements) {
    const view = catalogViewOf(requirement);
    if (view === undefined) continue;
    const entries = view.list === "courses" ? courses : tests;
    // A catalog without `tests` says nothing about tests (docs/semantics.md).
    if (entries === undefined) {
      requirements.push({ criterion, id });
      continue;
    }
    const found = matching(view, requirement, entries, parts.caseSensitive);
    requirements.push(view.list === "courses" ? { criterion, id, courses: found.map(courseOut) } : { criterion, id, tests: found.map(testOut) });
  }
  const gpaCalculations = parts.gpaCalculations.flatMap((g) =>
    g.courses === undefined ? [] : [{ id: g.id, courses: gpaMatches(g.courses, courses, parts.caseSensitive).map(courseOut) }],
  );
  return { requirements, gpaCalculations };
}

/** A GPA calculation's `courses` match course numbers only (it has no stateCodes). */
export function gpaMatches(patterns: readonly string[], courses: readonly Entry[], caseSensitive: boolean): Entry[] {
  return matching(GPA_VIEW, { courses: patterns } as never, courses, caseSensitive);
}

const GPA_VIEW = { list: "courses", codes: "courses", unreachable: () => undefined } as const;
