import { CatalogShape } from "../catalog/shape.js";
import { toZod } from "./from-shape.js";

/** A district's course and test catalog (DESIGN.md §13), as a zod schema derived from its declaration. */
export const CatalogSchema = toZod(CatalogShape);

export type { Catalog, CatalogCourse, CatalogTest } from "../catalog/shape.js";
