import type { Context } from "./context.js";
import { lookup } from "./descriptors.js";
import { key } from "./lookups.js";
import { quote, warnOnce, type Source } from "./warnings.js";

/** A term's position in the school year (options.termOrder); terms not listed come last, reported once. */
export function termIndex(ctx: Context, term: string, source: Source, field: string): number {
  const index = lookup(ctx.warnings, ctx.settings.termOrder, term, "TermDescriptor", source, field);
  if (index !== undefined) return index;
  warnOnce(ctx.warnings, term, "unknownTerm", `the term ${quote(term)} is not in options.termOrder: its records sort after the known terms of the year`, source, field);
  return ctx.settings.termOrder.size;
}

/** The grade level 0–12 (Kindergarten 0) of a grade level descriptor, or undefined (reported). */
export function gradeLevelOf(ctx: Context, value: string, source: Source, field: string): number | undefined {
  const level = lookup(ctx.warnings, ctx.settings.gradeLevels, value, "GradeLevelDescriptor", source, field);
  if (level === undefined) {
    warnOnce(ctx.warnings, key(source.resource, value), "gradeLevelNotMapped", `the grade level ${quote(value)} is not Kindergarten to Twelfth grade (or in options.gradeLevels): it was left out`, source, field);
  }
  return level;
}

