export type { Expression, RefExpression, AndExpression, OrExpression, OfExpression, Span } from "./ast.js";
export { parseExpression } from "./parse.js";
export { formatExpression } from "./format.js";
export { collectReferences } from "./references.js";
