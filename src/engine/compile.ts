import { formatDecimal, readDecimal, type Fixed } from "../decimal/index.js";
import { ProgramDefinitionError } from "../errors/index.js";
import { formatExpression } from "../expression/index.js";
import { ProgramDefinitionSchema, type ProgramDefinition, type RequirementDefinition } from "../schema/program-schema.js";
import { toIssues } from "../schema/issues.js";
import type { Warning } from "../requirements/index.js";
import {
  COMPILED_FORMAT,
  COMPILED_VERSION,
  type CompiledCriterion,
  type CompiledProgramData,
  type CompiledProgramJSON,
} from "./compiled.js";
import { findCycles } from "./cycles.js";
import { checkUnique, IssueList, type Path } from "./issues.js";
import { validateProgram, type ValidatedProgram } from "./validate-program.js";

/**
 * Validates a program and the programs it may name, then builds the compiled JSON. Every problem
 * in every program is collected into one ProgramDefinitionError: first the shapes (a definition
 * whose shape is wrong cannot be checked further), then every other rule.
 */
export function compileToJSON(definition: unknown, programs: unknown): CompiledProgramJSON {
  const issues = new IssueList();
  const inputs: { value: unknown; prefix: Path }[] = [{ value: definition, prefix: [] }];
  if (programs !== undefined) {
    if (Array.isArray(programs)) programs.forEach((value, i) => inputs.push({ value, prefix: ["programs", i] }));
    else issues.add(["programs"], "invalidType", "options.programs must be a list of program definitions");
  }
  const parsed: { definition: ProgramDefinition; prefix: Path }[] = [];
  for (const { value, prefix } of inputs) {
    const result = ProgramDefinitionSchema.safeParse(value, { reportInput: true });
    if (result.success) parsed.push({ definition: result.data, prefix });
    else issues.items.push(...toIssues(result.error.issues, prefix));
  }
  if (issues.items.length > 0) throw new ProgramDefinitionError(issues.items);

  const validated = parsed.map(({ definition, prefix }) => validateProgram(issues, definition, prefix));
  validateProgramLinks(issues, validated);
  if (issues.items.length > 0) throw new ProgramDefinitionError(issues.items);

  const byId = firstById(validated);
  const reachable = [validated[0]!];
  for (let i = 0; i < reachable.length; i++) {
    for (const id of namedPrograms(reachable[i]!.definition)) {
      const next = byId.get(id)!;
      if (!reachable.includes(next)) reachable.push(next);
    }
  }
  return {
    format: COMPILED_FORMAT,
    version: COMPILED_VERSION,
    programId: validated[0]!.definition.id,
    programs: reachable.map(compileValidated),
  };
}

/** Program id → the first program given with it (later ones are reported as duplicates). */
function firstById(programs: readonly ValidatedProgram[]): Map<string, ValidatedProgram> {
  const byId = new Map<string, ValidatedProgram>();
  for (const p of programs) if (!byId.has(p.definition.id)) byId.set(p.definition.id, p);
  return byId;
}

function namedPrograms(definition: ProgramDefinition): string[] {
  return definition.criteria.flatMap((c) => c.requirements.flatMap((r) => (r.type === "program" ? r.programs : [])));
}

/** Program ids unique, every named program known, no cycle through academic-program requirements. */
function validateProgramLinks(issues: IssueList, programs: readonly ValidatedProgram[]): void {
  checkUnique(issues, programs.map((p) => p.definition.id), (i) => [...programs[i]!.prefix, "id"], "program id");
  const known = new Set(programs.map((p) => p.definition.id));
  for (const { definition, prefix } of programs) {
    definition.criteria.forEach((criterion, ci) => {
      criterion.requirements.forEach((requirement, ri) => {
        if (requirement.type !== "program") return;
        const path: Path = [...prefix, "criteria", ci, "requirements", ri, "programs"];
        checkUnique(issues, requirement.programs, (k) => [...path, k], "program");
        requirement.programs.forEach((id, k) => {
          if (!known.has(id)) {
            issues.add([...path, k], "unknownProgram", `no program ${JSON.stringify(id)} among the programs given in options.programs`);
          }
        });
      });
    });
  }
  const byId = firstById(programs);
  for (const cycle of findCycles([...byId.keys()], (id) => namedPrograms(byId.get(id)!.definition).filter((n) => known.has(n)))) {
    issues.add(
      [...byId.get(cycle[0]!)!.prefix, "id"],
      "programCycle",
      `programs require each other in a cycle: ${cycle.join(" → ")}`,
    );
  }
}

const DECIMAL_KEYS = ["minCredits", "minGpa", "minRawScore", "minScaleScore", "minOverallGpa", "minGpaPerCourseCredit"];

function canonical(value: string | number): string {
  return formatDecimal(readDecimal(value) as Fixed);
}

function normaliseRequirement(requirement: RequirementDefinition): RequirementDefinition {
  const copy: Record<string, unknown> = { ...requirement };
  for (const key of DECIMAL_KEYS) {
    const value = copy[key];
    if (typeof value === "string" || typeof value === "number") copy[key] = canonical(value);
  }
  return copy as RequirementDefinition;
}

function compileValidated(validated: ValidatedProgram): CompiledProgramData {
  const d = validated.definition;
  const linked = new Set(d.criteria.flatMap((c) => c.requirements.flatMap((r) => (r.type === "child" ? [r.criterion] : []))));
  const criteria: CompiledCriterion[] = d.criteria.map((c, i) => {
    const expression = validated.expressions[i]!;
    const isRecommended = (r: RequirementDefinition) => r.type === "course" && r.recommended === true;
    const compiled: CompiledCriterion = {
      id: c.id,
      expression,
      canonical: formatExpression(expression),
      requirements: c.requirements.filter((r) => !isRecommended(r)).map(normaliseRequirement),
      recommendations: c.requirements.filter(isRecommended).map(normaliseRequirement),
    };
    if (c.description !== undefined) compiled.description = c.description;
    if (c.creditType !== undefined) compiled.creditType = c.creditType;
    if (c.displayAlert !== undefined) compiled.displayAlert = c.displayAlert;
    if (c.displayOrder !== undefined) compiled.displayOrder = c.displayOrder;
    return compiled;
  });
  const topLevel = criteria.filter((c) => !linked.has(c.id));
  const unordered = topLevel.filter((c) => c.displayOrder === undefined);
  // Array.prototype.sort is stable, so ties keep definition order.
  const ordered = topLevel.filter((c) => c.displayOrder !== undefined).sort((a, b) => a.displayOrder! - b.displayOrder!);
  const warnings: Warning[] = [];
  if (unordered.length > 0 && ordered.length > 0) {
    warnings.push({
      code: "mixedDisplayOrder",
      message: `${unordered.length} top-level criteria have no displayOrder and ${ordered.length} have one; those without are shown first`,
      path: ["criteria"],
    });
  }
  const settings = d.settings ?? {};
  const data: CompiledProgramData = {
    id: d.id,
    settings: {
      gpaType: settings.gpaType ?? "weighted",
      gpaDecimals: settings.gpaDecimals ?? 4,
      gpaRounding: settings.gpaRounding ?? "halfUp",
      caseSensitive: settings.caseSensitive ?? false,
    },
    creditGroups: (d.creditGroups ?? []).map((g) => ({ ...g, minCredits: canonical(g.minCredits) })),
    gpaCalculations: d.gpaCalculations ?? [],
    criteria,
    topLevel: [...unordered, ...ordered].map((c) => c.id),
    statuses: (d.statuses ?? []).map((s, i) => ({ status: s.status, expression: validated.statusExpressions[i]! })),
    warnings,
  };
  if (d.name !== undefined) data.name = d.name;
  if (d.description !== undefined) data.description = d.description;
  if (d.parentCreditTypes !== undefined) data.parentCreditTypes = d.parentCreditTypes;
  return data;
}
