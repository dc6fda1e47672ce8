import type { CompileOptions } from "../engine/progress.js";
import type { CompiledProgram } from "../engine/compiled-program.js";
import { catalogViewOf } from "../requirements/catalog-views.js";
import type { Path } from "../shape/issues.js";
import { courseEntries, deadEntries, matching, testEntries, type Entry } from "./entries.js";
import { gpaMatches } from "./preview.js";
import { programParts, type RequirementPart } from "./program-parts.js";
import { catalogResults } from "./reach.js";
import { readCatalog } from "./read.js";

/** What `lintProgram` finds (DESIGN.md §13, A-13.6). */
export interface LintFinding {
  code: "deadPattern" | "onlyInactive" | "unreachable" | "unknownCreditType";
  severity: "warning" | "error";
  /** Where in the program definition (or, for a compiled program, its plan). */
  path: (string | number)[];
  message: string;
}

const SEVERITY: Record<LintFinding["code"], LintFinding["severity"]> = {
  deadPattern: "warning",
  onlyInactive: "warning",
  unreachable: "error",
  unknownCreditType: "warning",
};

const quote = (s: string) => JSON.stringify(s);

function requirementName(r: RequirementPart): string {
  const about = r.description === undefined ? "" : ` (${r.description})`;
  return `Requirement ${quote(r.id)}${about} of criterion ${quote(r.criterion)}`;
}

const FIELD_WORDS: Record<string, string> = { courses: "course number", testCodes: "test code", stateCodes: "state code" };

/**
 * Checks a program against the district's catalog: patterns that match nothing (a renumbered
 * course), requirements whose courses are all retired, minimums the catalog cannot reach, credit
 * types no course awards. Findings come in definition order. Throws ProgramDefinitionError for a
 * bad program, or a bad catalog (paths from `["catalog"]`), and nothing else.
 */
export function lintProgram(program: CompiledProgram | unknown, catalog: unknown, options?: CompileOptions): LintFinding[] {
  const parts = programParts(program, options);
  const read = readCatalog(catalog);
  const courses = courseEntries(read);
  const tests = testEntries(read);
  const findings: LintFinding[] = [];
  const add = (code: LintFinding["code"], path: Path, message: string) => findings.push({ code, severity: SEVERITY[code], path: [...path], message });

  const awarded = new Set(read.courses.flatMap((c) => (c.credits ?? []).map((line) => line.type)));
  const checkType = (type: string, path: Path, owner: string) => {
    if (!awarded.has(type)) add("unknownCreditType", path, `${owner} names the credit type ${quote(type)}, which no catalog course awards`);
  };
  const { caseSensitive } = parts;
  const checkPatterns = (patterns: readonly string[] | undefined, key: string, values: (string | undefined)[], path: Path, owner: string) => {
    for (const i of deadEntries(patterns, values, caseSensitive)) {
      add("deadPattern", [...path, key, i], `${owner}: the pattern ${quote(patterns![i]!)} in ${key} matches no ${FIELD_WORDS[key]} in the catalog (was a course renumbered or a code changed?)`);
    }
  };
  const checkInactive = (found: readonly Entry[], path: Path, owner: string) => {
    if (found.length > 0 && found.every((e) => !e.active)) {
      add("onlyInactive", path, `${owner}: every catalog course it matches is inactive (${found.map((e) => e.code).join(", ")})`);
    }
  };

  parts.parentCreditTypes?.forEach((type, i) => checkType(type, ["parentCreditTypes", i], "The program's parentCreditTypes"));
  parts.creditGroups.forEach((g, i) => {
    const owner = `Credit group ${quote(g.id)}`;
    g.creditTypes?.forEach((type, k) => checkType(type, ["creditGroups", i, "creditTypes", k], owner));
    g.caps?.forEach((cap, c) => cap.creditTypes?.forEach((type, k) => checkType(type, ["creditGroups", i, "caps", c, "creditTypes", k], `${owner}, cap ${c + 1},`)));
  });
  parts.gpaCalculations.forEach((g, i) => {
    if (g.courses === undefined) return;
    const owner = `GPA calculation ${quote(g.id)}`;
    checkPatterns(g.courses, "courses", courses.map((e) => e.code), ["gpaCalculations", i], owner);
    checkInactive(gpaMatches(g.courses, courses, caseSensitive), ["gpaCalculations", i], owner);
  });

  const open = courses.filter((e) => e.active);
  let results: ReturnType<typeof catalogResults> | undefined;
  for (const part of parts.requirements) {
    const view = catalogViewOf(part.requirement);
    if (view === undefined) continue;
    const entries = view.list === "courses" ? courses : tests;
    if (entries === undefined) continue;
    const owner = requirementName(part);
    const fields = part.requirement as unknown as Record<string, readonly string[] | undefined>;
    checkPatterns(fields[view.codes], view.codes, entries.map((e) => e.code), part.path, owner);
    checkPatterns(fields["stateCodes"], "stateCodes", entries.map((e) => e.stateCode), part.path, owner);
    const found = matching(view, part.requirement, entries, caseSensitive);
    checkInactive(found, part.path, owner);
    // The whole-catalog evaluation runs once, and only for a program with a kind that needs it.
    if (view.relaxed !== undefined) results ??= catalogResults(parts.compiled, open as never);
    const why = view.unreachable(part.requirement, { open: found.filter((e) => e.active), result: results?.of(part.criterion, part.id) });
    if (why !== undefined) add("unreachable", part.path, `${owner} cannot be met from the catalog: ${why}`);
    for (const { path, type } of view.creditTypes?.(part.requirement) ?? []) checkType(type, [...part.path, ...path], owner);
  }
  return findings;
}
