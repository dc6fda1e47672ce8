import { describe, expect, it } from "vitest";
import { capIssues, MAX_ISSUES, ProgramDefinitionError, StudentRecordError, type Issue } from "../../src/errors/index.js";

const issues = (count: number): Issue[] =>
  Array.from({ length: count }, (_, i) => ({ path: ["transcript", i, "courseNumber"], code: "required", message: "is required" }));

describe("the issue cap (DESIGN.md §8, A-8.5)", () => {
  it("is 100", () => expect(MAX_ISSUES).toBe(100));

  describe.each([
    ["ProgramDefinitionError", (list: Issue[]) => new ProgramDefinitionError(list), "Invalid program definition"],
    ["StudentRecordError", (list: Issue[]) => new StudentRecordError(list, "S1"), 'Invalid student record "S1"'],
  ] as const)("%s", (_, make, headline) => {
    it("keeps every issue up to 100, and the message names each", () => {
      const error = make(issues(100));
      expect(error.issues).toEqual(issues(100));
      expect(error.message.split("\n")).toHaveLength(101);
      expect(error.message.split("\n")[0]).toBe(`${headline} (100 problems):`);
    });

    it("keeps the first 100 of 250 in order and closes with tooManyIssues at the root", () => {
      const error = make(issues(250));
      expect(error.issues).toHaveLength(101);
      expect(error.issues.slice(0, 100)).toEqual(issues(100));
      expect(error.issues[100]).toEqual({ path: [], code: "tooManyIssues", message: "… and 150 more problems" });
    });

    it("keeps the message readable: a headline, 100 lines and one closing line", () => {
      const lines = make(issues(100_000)).message.split("\n");
      expect(lines).toHaveLength(102);
      expect(lines[0]).toBe(`${headline} (more than 100 problems):`);
      expect(lines[100]).toBe("  - transcript.99.courseNumber: is required");
      expect(lines[101]).toBe("  … and 99900 more problems");
    });

    it("says `1 more problem` for 101", () => {
      expect(make(issues(101)).issues[100]!.message).toBe("… and 1 more problem");
    });

    it("takes a list capped by a collector as it is", () => {
      const collected = capIssues(issues(100), 5_000);
      const error = make(collected);
      expect(error.issues).toEqual(collected);
      expect(error.issues[100]!.message).toBe("… and 4900 more problems");
    });
  });
});

describe("capIssues", () => {
  it("returns short lists unchanged, as a copy", () => {
    const list = issues(3);
    const capped = capIssues(list);
    expect(capped).toEqual(list);
    expect(capped).not.toBe(list);
  });

  it("counts the issues a collector found but did not keep", () => {
    const capped = capIssues(issues(100), 1_000_000);
    expect(capped).toHaveLength(101);
    expect(capped[100]).toEqual({ path: [], code: "tooManyIssues", message: "… and 999900 more problems" });
  });

  it("is idempotent", () => {
    const once = capIssues(issues(500));
    expect(capIssues(once)).toEqual(once);
    expect(capIssues(capIssues(once))).toEqual(once);
  });
});
