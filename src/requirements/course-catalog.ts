import { compare, formatDecimal, readDecimal, type Fixed } from "../decimal/index.js";
import type { Path } from "../shape/issues.js";
import type { CatalogView } from "./catalog-view.js";
import type { CourseRequirementResult } from "./course.js";
import type { RequirementRead } from "./kinds.js";

type CourseRead = Extract<RequirementRead, { type: "course" }>;

const credits = (n: string) => `${n} credit${n === "1" ? "" : "s"}`;
const courses = (n: number) => `${n} course${n === 1 ? "" : "s"}`;

/**
 * A course requirement draws from the catalog's courses. Its reach is what the engine itself
 * counts for a student who completed every active matching course once (credit-type choice,
 * caps and distinct courses applied), without the grade filters ignores.
 */
export const courseCatalog: CatalogView<CourseRead> = {
  list: "courses",
  codes: "courses",
  relaxed: ["minGpa", "minGrade", "gradeLevels"],

  creditTypes(d) {
    const out: { path: Path; type: string }[] = d.limitCreditType === undefined ? [] : [{ path: ["limitCreditType"], type: d.limitCreditType }];
    d.caps?.forEach((cap, i) => cap.creditTypes?.forEach((type, k) => out.push({ path: ["caps", i, "creditTypes", k], type })));
    return out;
  },

  unreachable(d, { result }) {
    const r = result as CourseRequirementResult | undefined;
    if (r?.type !== "course") return undefined;
    const problems: string[] = [];
    if (d.minCredits !== undefined) {
      const earned = readDecimal(r.earnedCredits) as Fixed;
      if (compare(earned, d.minCredits) < 0) {
        problems.push(`the active catalog courses it matches give at most ${credits(r.earnedCredits)} of the ${credits(formatDecimal(d.minCredits))} it requires`);
      }
    }
    if (d.minCourses !== undefined && (r.earnedCourses ?? 0) < d.minCourses) {
      problems.push(`only ${courses(r.earnedCourses ?? 0)} of the catalog can count toward it, and it requires ${courses(d.minCourses)}`);
    }
    return problems.length === 0 ? undefined : problems.join("; ");
  },
};
