/*
 * Errors are recognised by a registry symbol rather than `instanceof`: an application that ends
 * up with both our ESM and CJS builds has two copies of each class, but `Symbol.for` is shared.
 */
const BRAND = Symbol.for("program-criteria.error");

export type ErrorName = "ProgramDefinitionError" | "StudentRecordError" | "ExpressionSyntaxError";

export function brand(error: Error, name: ErrorName): void {
  // `name` is set from a string literal so that minifiers renaming classes cannot change it.
  Object.defineProperty(error, "name", { value: name, enumerable: false, configurable: true, writable: true });
  Object.defineProperty(error, BRAND, { value: name, enumerable: false });
}

export function hasBrand(value: unknown, name: ErrorName): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === name;
}
