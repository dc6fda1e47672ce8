import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** `../shared/conformance` beside the checkout. A missing folder fails the run; it never skips. */
export const conformanceDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/conformance");

export function loadConformance<T>(file: string): T[] {
  const path = join(conformanceDir, file);
  if (!existsSync(path)) {
    throw new Error(`Shared conformance file ${path} is missing: check out ../shared beside the project.`);
  }
  const cases = JSON.parse(readFileSync(path, "utf8")) as unknown;
  if (!Array.isArray(cases) || cases.length === 0) throw new Error(`${path} holds no cases`);
  return cases as T[];
}
