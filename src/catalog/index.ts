export { previewProgram, type ProgramPreview, type PreviewRequirement } from "./preview.js";
export { lintProgram, type LintFinding } from "./lint.js";
export { readCatalog } from "./read.js";
export type { Catalog, CatalogCourse, CatalogTest } from "./shape.js";
