import type { Context } from "./context.js";
import type { StudentSchoolAssociation } from "./resource-schemas.js";
import { gradeLevelOf } from "./session.js";
import { warn, type Source } from "./warnings.js";

/*
 * The student's current grade level: the entry grade level of the school association current on
 * `asOf` (entered by then, not exited before it), the latest entered when several are.
 */

export function currentGradeLevel(ctx: Context, associations: readonly { row: StudentSchoolAssociation; index: number }[]): number | undefined {
  const { asOf } = ctx.settings;
  const current = associations
    .filter(({ row }) => row.entryDate <= asOf && (row.exitWithdrawDate === undefined || row.exitWithdrawDate >= asOf))
    .sort((a, b) => (a.row.entryDate < b.row.entryDate ? -1 : a.row.entryDate > b.row.entryDate ? 1 : 0));
  const chosen = current.at(-1);
  if (chosen === undefined) {
    const last = associations.at(-1)!;
    const source: Source = { resource: "studentSchoolAssociations", index: last.index, prefix: "" };
    warn(ctx.warnings, "noCurrentEnrollment", `no school association of the student is current on ${asOf}: the record has no grade level`, source, "entryDate");
    return undefined;
  }
  const source: Source = { resource: "studentSchoolAssociations", index: chosen.index, prefix: "" };
  const levels = new Set(current.map(({ row }) => row.entryGradeLevelDescriptor));
  if (levels.size > 1) {
    warn(ctx.warnings, "severalEnrollments", `${current.length} school associations are current on ${asOf} with different grade levels: the latest entered was used`, source, "entryGradeLevelDescriptor");
  }
  return gradeLevelOf(ctx, chosen.row.entryGradeLevelDescriptor, source, "entryGradeLevelDescriptor");
}
