import type { Out } from "../shape/types.js";
import type { CatalogView } from "./catalog-view.js";
import { courseCatalog } from "./course-catalog.js";
import type { Kinds, RequirementRead, RequirementType } from "./kinds.js";
import { testCatalog } from "./test-catalog.js";

/*
 * The one list of the kinds that draw from a catalog (DESIGN.md §13). Kept apart from KINDS so
 * that none of this reaches the runtime entry: only previewProgram and lintProgram use it.
 */

type Views = { [K in RequirementType]?: CatalogView<Out<Kinds[K]["shape"]>> };

export const CATALOG_VIEWS: Views = { course: courseCatalog, test: testCatalog };

/** The requirement's catalog view, or undefined for a kind that takes no catalog entries. */
export function catalogViewOf(requirement: RequirementRead): CatalogView<RequirementRead> | undefined {
  return CATALOG_VIEWS[requirement.type] as CatalogView<RequirementRead> | undefined;
}
