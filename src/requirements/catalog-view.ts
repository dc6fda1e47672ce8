import type { Path } from "../shape/issues.js";

/*
 * How a requirement kind meets a course and test catalog (DESIGN.md §13, A-13.6): which catalog
 * list it draws from, through which of its pattern lists, and what makes the catalog unable to
 * satisfy it. Kinds that take no catalog entries (GPA, program, child, activity) have no view.
 * The views are registered once, in catalog-views.ts; previewProgram and lintProgram reach the
 * kinds only through that registry.
 */

/** A catalog entry as a view sees it: a course or a test, by the fields patterns match. */
export interface CatalogEntryView {
  code: string;
  stateCode: string | undefined;
  subject?: string | undefined;
}

/** What the catalog offers a requirement, for its reachability. */
export interface CatalogReach {
  /** Matching entries that can still be taken (active courses; every test), in catalog order. */
  open: readonly CatalogEntryView[];
  /**
   * The requirement's result for a student who completed every active catalog course once, with
   * what ignores relaxed (see `relaxed`); undefined for a kind that takes no courses.
   */
  result: unknown;
}

export interface CatalogView<D> {
  /** The catalog list the requirement draws from. */
  readonly list: "courses" | "tests";
  /** The key of its number patterns (matched against a course number or test code); `stateCodes` is the other list. */
  readonly codes: "courses" | "testCodes";
  /** A filter beyond the patterns (a test's subject), as the evaluator applies it. */
  accepts?(definition: D, entry: CatalogEntryView): boolean;
  /** Keys the whole-catalog evaluation leaves out of the definition, because ignores them. */
  readonly relaxed?: readonly string[];
  /** The credit types the requirement names, with their paths from the requirement. */
  creditTypes?(definition: D): { path: Path; type: string }[];
  /** Why the catalog can never satisfy the requirement (an administrator's sentence), or undefined. */
  unreachable(definition: D, reach: CatalogReach): string | undefined;
}
