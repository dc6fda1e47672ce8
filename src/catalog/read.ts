import { ProgramDefinitionError } from "../errors/index.js";
import { readShape } from "../shape/read.js";
import { CatalogShape, type CatalogRead } from "./shape.js";

/** Reads a catalog; every problem is a ProgramDefinitionError issue with its path from `["catalog"]` (DESIGN.md Part II). */
export function readCatalog(catalog: unknown): CatalogRead {
  const read = readShape(CatalogShape, catalog, ["catalog"]);
  if (!read.ok) throw new ProgramDefinitionError(read.sink.list());
  return read.value;
}
