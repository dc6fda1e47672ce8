import type { ProgramRead } from "../../definition/shape.js";
import { formatExpression } from "../../expression/index.js";
import type { Warning } from "../../model/warning.js";
import { CreditGroupShape } from "../../requirements/credit-group.js";
import { GpaCalculationShape, kindOf, RequirementShape, type RequirementRead } from "../../requirements/index.js";
import { list } from "../../shape/types.js";
import { writeShape } from "../../shape/write.js";
import type { CompiledCriterion, CompiledProgramData } from "../plan/shape.js";
import { topLevelOrder } from "../plan/top-level.js";
import type { ValidatedExpressions } from "../validate/program-rules.js";

/*
 * One validated program as plan JSON: decimals written from the values validation read, the
 * expressions validation parsed, recommended requirements apart, settings with their defaults,
 * top-level criteria in display order.
 */

const isRecommended = (r: RequirementRead) => kindOf(r).isRecommended?.(r) === true;
const writeRequirement = (r: RequirementRead) => writeShape(RequirementShape, r);

export function writeProgramPlan(read: ProgramRead, expressions: ValidatedExpressions): CompiledProgramData {
  const criteria: CompiledCriterion[] = read.criteria.map((c, i) => {
    const expression = expressions.criteria[i]!;
    const compiled: CompiledCriterion = {
      id: c.id,
      expression,
      canonical: formatExpression(expression),
      requirements: c.requirements.filter((r) => !isRecommended(r)).map(writeRequirement),
      recommendations: c.requirements.filter(isRecommended).map(writeRequirement),
    };
    if (c.description !== undefined) compiled.description = c.description;
    if (c.creditType !== undefined) compiled.creditType = c.creditType;
    if (c.displayAlert !== undefined) compiled.displayAlert = c.displayAlert;
    if (c.displayOrder !== undefined) compiled.displayOrder = c.displayOrder;
    if (c.required === false) compiled.required = false;
    return compiled;
  });
  const { topLevel, warnings } = displayOrder(criteria);
  const settings = read.settings ?? {};
  const data: CompiledProgramData = {
    id: read.id,
    settings: {
      gpaType: settings.gpaType ?? "weighted",
      gpaDecimals: settings.gpaDecimals ?? 4,
      gpaRounding: settings.gpaRounding ?? "halfUp",
      caseSensitive: settings.caseSensitive ?? false,
    },
    creditGroups: writeShape(list(CreditGroupShape), read.creditGroups ?? []),
    gpaCalculations: writeShape(list(GpaCalculationShape), read.gpaCalculations ?? []),
    criteria,
    topLevel,
    statuses: (read.statuses ?? []).map((s, i) => ({ status: s.status, expression: expressions.statuses[i]! })),
    warnings,
  };
  if (settings.allocation !== undefined) data.settings.allocation = settings.allocation;
  if (settings.repeats !== undefined) data.settings.repeats = settings.repeats;
  if (settings.gradeScale !== undefined) data.settings.gradeScale = settings.gradeScale;
  if (read.name !== undefined) data.name = read.name;
  if (read.description !== undefined) data.description = read.description;
  if (read.parentCreditTypes !== undefined) data.parentCreditTypes = read.parentCreditTypes;
  return data;
}

function displayOrder(criteria: readonly CompiledCriterion[]): { topLevel: string[]; warnings: Warning[] } {
  const { ids, unordered, ordered } = topLevelOrder(criteria);
  const warnings: Warning[] = [];
  if (unordered > 0 && ordered > 0) {
    warnings.push({
      code: "mixedDisplayOrder",
      message: `${unordered} top-level criteria have no displayOrder and ${ordered} have one; those without are shown first`,
      path: ["criteria"],
    });
  }
  return { topLevel: ids, warnings };
}
