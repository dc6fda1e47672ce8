/*
 * The figures an engine report gives (credits, GPAs, counts), in one canonical text per figure so
 * that a peer computing them some other way can be compared exactly: credits in hundredths, a GPA
 * as an integer scaled by its rounding's decimals ("none" when there is none), counts as they are.
 * Keys: `CRITERION.REQUIREMENT.field`, `creditGroup.ID.field`.
 */
import type { CriterionResult, ProgressReport } from "../../src/index.js";

/** An exact decimal text as an integer scaled by 10^places (the text has no more places than that). */
export function scaled(text: string, places: number): string {
  const [whole, fraction = ""] = text.split(".") as [string, string?];
  if (fraction.length > places && /[^0]/.test(fraction.slice(places))) return `${text} (more than ${places} places)`;
  return String(BigInt(whole) * 10n ** BigInt(places) + BigInt(fraction.slice(0, places).padEnd(places, "0") || "0"));
}

function addCriterion(out: Map<string, string>, criterion: CriterionResult): void {
  for (const r of criterion.requirements) {
    const key = `${criterion.id}.${r.id}`;
    if (r.type === "course") {
      out.set(`${key}.earnedCredits`, scaled(r.earnedCredits, 2));
      out.set(`${key}.projectedCredits`, scaled(r.projectedCredits, 2));
    } else if (r.type === "gpa") {
      out.set(`${key}.gpa`, r.gpa === undefined ? "none" : scaled(r.gpa, r.decimals));
      out.set(`${key}.attemptedCredits`, scaled(r.attemptedCredits, 2));
    } else if (r.type === "test" && typeof r.achieved === "number") {
      out.set(`${key}.achieved`, String(r.achieved));
    } else if (r.type === "child") addCriterion(out, r.result);
  }
}

export function reportFigures(report: ProgressReport): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of report.criteria) addCriterion(out, c);
  for (const g of report.creditGroups) {
    out.set(`creditGroup.${g.id}.earnedCredits`, scaled(g.earnedCredits, 2));
    out.set(`creditGroup.${g.id}.projectedCredits`, scaled(g.projectedCredits, 2));
  }
  return out;
}

/** The GPA decimals of the report's first GPA requirement (the bench program rounds all alike). */
export function gpaDecimals(report: ProgressReport): number {
  for (const c of report.criteria) for (const r of c.requirements) if (r.type === "gpa") return r.decimals;
  return 4;
}

/** Where a peer's figures differ from the engine's: every figure the peer gives must be in the report. */
export function figureDiff(engine: ReadonlyMap<string, string>, peer: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [key, value] of peer) {
    const ours = engine.get(key);
    if (ours !== value) out.push(`${key}: engine ${ours ?? "(missing)"} vs ${value}`);
  }
  return out;
}
