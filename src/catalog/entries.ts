import { compilePatternList } from "../match/index.js";
import type { CatalogEntryView, CatalogView } from "../requirements/catalog-view.js";
import { compileCodeMatcher, type RequirementRead } from "../requirements/index.js";
import type { CatalogCourseRead, CatalogRead, CatalogTestRead } from "./shape.js";

/*
 * Catalog entries as the requirement kinds' views see them, and which ones a pattern list picks:
 * the engine's own matcher (src/match through compileCodeMatcher), so that a preview lists
 * exactly the courses an evaluation would count.
 */

export interface Entry extends CatalogEntryView {
  /** Position in its catalog list. */
  index: number;
  active: boolean;
  read: CatalogCourseRead | CatalogTestRead;
}

export function courseEntries(catalog: CatalogRead): Entry[] {
  return catalog.courses.map((c, index) => ({ index, code: c.courseNumber, stateCode: c.stateCode, active: c.active, read: c }));
}

export function testEntries(catalog: CatalogRead): Entry[] | undefined {
  return catalog.tests?.map((t, index) => ({ index, code: t.testCode, stateCode: t.stateCode, subject: t.subject, active: true, read: t }));
}

/** The entries a requirement matches, in catalog order. */
export function matching(view: CatalogView<RequirementRead>, requirement: RequirementRead, entries: readonly Entry[], caseSensitive: boolean): Entry[] {
  const fields = requirement as unknown as Record<string, readonly string[] | undefined>;
  const matches = compileCodeMatcher(fields[view.codes], fields["stateCodes"], caseSensitive);
  return entries.filter((e) => matches(e.code, e.stateCode) && (view.accepts === undefined || view.accepts(requirement, e)));
}

/** The positive entries of a pattern list that match no value, by their index in the list. */
export function deadEntries(patterns: readonly string[] | undefined, values: readonly (string | undefined)[], caseSensitive: boolean): number[] {
  const dead: number[] = [];
  patterns?.forEach((pattern, i) => {
    if (pattern.startsWith("!")) return;
    const list = compilePatternList([pattern], caseSensitive);
    if (!values.some((v) => v !== undefined && list.includes(v))) dead.push(i);
  });
  return dead;
}
