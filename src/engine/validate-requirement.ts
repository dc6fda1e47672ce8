import type { RequirementDefinition } from "../schema/program-schema.js";
import { checkDigits, checkPatterns, checkPositive, type IssueList, type Path } from "./issues.js";

/** The rules of DESIGN.md §4 that one requirement must follow on its own. */
export function validateRequirement(
  issues: IssueList,
  requirement: RequirementDefinition,
  path: Path,
  gpaCalculations: ReadonlySet<string>,
): void {
  switch (requirement.type) {
    case "course":
      if ((requirement.courses?.length ?? 0) + (requirement.stateCodes?.length ?? 0) === 0) {
        issues.add(path, "noPatterns", "a course requirement needs at least one entry in courses or stateCodes");
      }
      checkPatterns(issues, requirement.courses, [...path, "courses"]);
      checkPatterns(issues, requirement.stateCodes, [...path, "stateCodes"]);
      checkPositive(issues, requirement.minCredits, [...path, "minCredits"]);
      if (requirement.minGpa !== undefined) checkDigits(issues, requirement.minGpa, [...path, "minGpa"], 7, 4);
      return;
    case "test": {
      if ((requirement.testCodes?.length ?? 0) + (requirement.stateCodes?.length ?? 0) === 0) {
        issues.add(path, "noPatterns", "a test requirement needs at least one entry in testCodes or stateCodes");
      }
      checkPatterns(issues, requirement.testCodes, [...path, "testCodes"]);
      checkPatterns(issues, requirement.stateCodes, [...path, "stateCodes"]);
      const mode = requirement.scoreEvaluation;
      if (mode === "countPassing") {
        if (requirement.count === undefined) {
          issues.add([...path, "count"], "required", "countPassing needs count: how many distinct tests must be passed");
        } else if (requirement.count < 1) {
          issues.add([...path, "count"], "tooSmall", `must be at least 1, but is ${requirement.count}`);
        }
        for (const key of ["minRawScore", "minScaleScore"] as const) {
          if (requirement[key] !== undefined) {
            issues.add([...path, key], "notAllowed", `countPassing counts passed tests and ignores scores, so ${key} is not allowed`);
          }
        }
      } else {
        if (requirement.minRawScore === undefined && requirement.minScaleScore === undefined) {
          issues.add(path, "noMinimum", `${mode} needs minRawScore or minScaleScore (or both)`);
        }
        if (requirement.count !== undefined) {
          issues.add([...path, "count"], "notAllowed", `count belongs to countPassing; ${mode} compares scores with the minimums`);
        }
      }
      return;
    }
    case "gpa":
      if (requirement.calculation !== "cumulative" && !gpaCalculations.has(requirement.calculation)) {
        issues.add(
          [...path, "calculation"],
          "unknownCalculation",
          `unknown GPA calculation ${JSON.stringify(requirement.calculation)}: use "cumulative" or the id of a gpaCalculations entry`,
        );
      }
      checkDigits(issues, requirement.minOverallGpa, [...path, "minOverallGpa"], 6, 4);
      if (requirement.minGpaPerCourseCredit !== undefined) {
        checkDigits(issues, requirement.minGpaPerCourseCredit, [...path, "minGpaPerCourseCredit"], 7, 4);
      }
      return;
    case "program": {
      const listed = requirement.programs.length;
      if (requirement.minRequired < 1 || requirement.minRequired > listed) {
        issues.add(
          [...path, "minRequired"],
          "outOfRange",
          listed === 0
            ? "programs lists no program, so no minRequired can be met"
            : `must be between 1 and ${listed} (the number of programs listed), but is ${requirement.minRequired}`,
        );
      }
      return;
    }
    case "child":
      return;
  }
}
