import type { CatalogView } from "./catalog-view.js";
import type { RequirementRead } from "./kinds.js";

type TestRead = Extract<RequirementRead, { type: "test" }>;

const tests = (n: number) => `${n} test${n === 1 ? "" : "s"}`;

/**
 * A test requirement draws from the catalog's tests: the codes its patterns match, of its subject
 * when it names one (compared ignoring case, as the evaluator does). Only the count modes have a
 * reach to miss: `count` distinct codes.
 */
export const testCatalog: CatalogView<TestRead> = {
  list: "tests",
  codes: "testCodes",

  accepts(d, entry) {
    if (d.subject === undefined) return true;
    return entry.subject !== undefined && entry.subject.toLowerCase() === d.subject.toLowerCase();
  },

  unreachable(d, { open }) {
    if (d.count === undefined || (d.scoreEvaluation !== "countPassing" && d.scoreEvaluation !== "countAtOrAbove")) return undefined;
    const codes = new Set(open.map((entry) => entry.code)).size;
    if (codes >= d.count) return undefined;
    return `the catalog has ${codes === 0 ? "no test" : `only ${tests(codes)}`} it matches, and it counts ${tests(d.count)}`;
  },
};
