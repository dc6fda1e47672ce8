/*
 * DESIGN.md §10, A-10.4 and: an exception's own rules are checked with the student record
 * (StudentRecordError at the exception's path); only what needs the program is an orphan.
 */
import { describe, expect, it } from "vitest";
import { StudentRecordSchema } from "../../src/schema/index.js";
import { toIssues } from "../../src/schema/issues.js";
import { prepareStudent, studentRecordIssues } from "../../src/student/index.js";
import { issuesOf } from "../helpers.js";

type Json = Record<string, unknown>;
const ex = (extra: Json): Json => ({ id: "EX-1", program: "P", ...extra });
const issues = (...exceptions: Json[]) => issuesOf(() => prepareStudent({ id: "S", exceptions }));
const accepted = (...exceptions: Json[]) => prepareStudent({ id: "S", exceptions }).exceptions.length;

describe("exceptions: shape", () => {
  it("id, program and kind are required; reason, approvedBy and date are text; kind is one of four", () => {
    expect(issues({ kind: "waive", criterion: "C", reason: 1 }, { id: "", program: "P", kind: "forgive", criterion: "C", date: {} })).toEqual([
      ["exceptions.0.id", "required"],
      ["exceptions.0.program", "required"],
      ["exceptions.0.reason", "invalidType"],
      ["exceptions.1.id", "tooSmall"],
      ["exceptions.1.kind", "invalidValue"],
      ["exceptions.1.date", "invalidType"],
    ]);
    expect(issues(ex({}))).toEqual([["exceptions.0.kind", "required"]]);
  });

  it("minimums are decimals ≥ 0 (A-8.2); 0 is notPositive; selectors have typed fields", () => {
    expect(issues(ex({ kind: "adjust", creditGroup: "G", minCredits: "-1" }), ex({ id: "EX-2", kind: "adjust", creditGroup: "G", minCredits: "-0" }))).toEqual([
      ["exceptions.0.minCredits", "negativeNumber"],
      ["exceptions.1.minCredits", "notPositive"],
    ]);
    expect(issues(ex({ kind: "exclude", record: { id: 1.5, courseNumber: 3, schoolYear: "2025", term: null } }))).toEqual([
      ["exceptions.0.record.id", "invalidType"],
      ["exceptions.0.record.courseNumber", "invalidType"],
      ["exceptions.0.record.schoolYear", "invalidType"],
      ["exceptions.0.record.term", "invalidType"],
    ]);
  });

  it("record: {} is emptySelector at record; unknown keys in a selector are ignored, so they do not make it select", () => {
    expect(issues(ex({ kind: "exclude", record: {} }), ex({ id: "EX-2", kind: "exclude", record: { courseNum: "X" } }))).toEqual([
      ["exceptions.0.record", "emptySelector"],
      ["exceptions.1.record", "emptySelector"],
    ]);
  });

  it("a repeated id is duplicateId at the later exception's id (A-10.5)", () => {
    const w = (id: string) => ex({ id, kind: "waive", criterion: "C" });
    expect(issues(w("A"), w("B"), w("A"), w("A"))).toEqual([
      ["exceptions.2.id", "duplicateId"],
      ["exceptions.3.id", "duplicateId"],
    ]);
  });

  it("transcript records gain an id (text or a whole number) and replaced (true or false)", () => {
    expect(issuesOf(() => prepareStudent({ transcript: [{ courseNumber: "A", id: 1.5, replaced: "yes" }, { courseNumber: "B", id: null }] }))).toEqual([
      ["transcript.0.id", "invalidType"],
      ["transcript.0.replaced", "invalidType"],
      ["transcript.1.id", "invalidType"],
    ]);
    const [a, b] = prepareStudent({ transcript: [{ courseNumber: "A", id: "T-1", replaced: true }, { courseNumber: "B", id: -0 }] }).transcript;
    expect([a!.id, a!.replaced, Object.is(b!.id, 0), b!.replaced]).toEqual(["T-1", true, true, false]);
  });
});

describe("exceptions: which target and fields each kind takes (A-10.4)", () => {
  it("waive needs exactly one target; record and minimums are notAllowed", () => {
    expect(accepted(ex({ kind: "waive", criterion: "C" }), ex({ id: "2", kind: "waive", criterion: "C", requirement: "R" }), ex({ id: "3", kind: "waive", creditGroup: "G" }))).toBe(3);
    expect(issues(ex({ kind: "waive" }))).toEqual([["exceptions.0", "required"]]);
    expect(issues(ex({ kind: "waive", criterion: "C", record: { id: 1 }, minCredits: "1" }))).toEqual([
      ["exceptions.0.record", "notAllowed"],
      ["exceptions.0.minCredits", "notAllowed"],
    ]);
  });

  it("requirement needs criterion; creditGroup excludes criterion and requirement (a wrong combination, at the exception)", () => {
    expect(issues(ex({ kind: "waive", requirement: "R" }))).toEqual([["exceptions.0.criterion", "required"]]);
    expect(issues(ex({ kind: "waive", creditGroup: "G", criterion: "C" }), ex({ id: "2", kind: "adjust", creditGroup: "G", requirement: "R", minCredits: "1" }))).toEqual([
      ["exceptions.0", "notAllowed"],
      ["exceptions.1", "notAllowed"],
    ]);
  });

  it("substitute needs a requirement target and a record; no credit group, no minimum", () => {
    expect(accepted(ex({ kind: "substitute", criterion: "C", requirement: "R", record: { courseNumber: "X" } }))).toBe(1);
    expect(issues(ex({ kind: "substitute", criterion: "C" }))).toEqual([
      ["exceptions.0.requirement", "required"],
      ["exceptions.0.record", "required"],
    ]);
    expect(issues(ex({ kind: "substitute", record: { id: 1 } }))).toEqual([["exceptions.0", "required"]]);
    expect(issues(ex({ kind: "substitute", creditGroup: "G", record: { id: 1 }, minTotal: "1" }))).toEqual([
      ["exceptions.0.creditGroup", "notAllowed"],
      ["exceptions.0.minTotal", "notAllowed"],
    ]);
  });

  it("adjust needs a requirement or credit-group target and exactly one of minCredits / minTotal, > 0", () => {
    expect(accepted(ex({ kind: "adjust", creditGroup: "G", minCredits: "0.5" }), ex({ id: "2", kind: "adjust", criterion: "C", requirement: "S", minTotal: 10 }))).toBe(2);
    expect(issues(ex({ kind: "adjust", criterion: "C", minCredits: "1" }))).toEqual([["exceptions.0.requirement", "required"]]);
    expect(issues(ex({ kind: "adjust", creditGroup: "G" }))).toEqual([["exceptions.0", "required"]]);
    expect(issues(ex({ kind: "adjust", creditGroup: "G", minCredits: "1", minTotal: "1" }))).toEqual([["exceptions.0", "notAllowed"]]);
    expect(issues(ex({ kind: "adjust", creditGroup: "G", minCredits: 0, record: { id: 1 } }))).toEqual([
      ["exceptions.0.record", "notAllowed"],
      ["exceptions.0.minCredits", "notPositive"],
    ]);
  });

  it("exclude needs a record, optionally a requirement target; a criterion-only or credit-group target is malformed", () => {
    expect(accepted(ex({ kind: "exclude", record: { id: "T-1" } }), ex({ id: "2", kind: "exclude", criterion: "C", requirement: "R", record: { term: "S1" } }))).toBe(2);
    expect(issues(ex({ kind: "exclude" }))).toEqual([["exceptions.0.record", "required"]]);
    expect(issues(ex({ kind: "exclude", criterion: "C", record: { id: 1 } }), ex({ id: "2", kind: "exclude", creditGroup: "G", record: { id: 1 } }))).toEqual([
      ["exceptions.0.requirement", "required"],
      ["exceptions.1.creditGroup", "notAllowed"],
    ]);
  });

  it("lists the exception rules together with every other problem of the record, with readable messages", () => {
    let error: unknown;
    try {
      prepareStudent({ id: "S9", transcript: [{ credits: [] }], exceptions: [ex({ kind: "waive", criterion: "C", minTotal: "1" }), ex({ id: "2", kind: "exclude", record: {} })] });
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toMatchInlineSnapshot(`
      "Invalid student record "S9" (3 problems):
        - transcript.0.courseNumber: is required
        - exceptions.0.minTotal: minTotal does not belong to a waive exception: a waive only marks its target met
        - exceptions.1.record: a record selector needs at least one of id, courseNumber, schoolYear and term"
    `);
  });
});

describe("exceptions: the zod schema and the readers agree", () => {
  const paths = (list: { path: (string | number)[] }[]) => list.map((i) => `${i.path.join(".")} ${"code" in i ? (i as { code: string }).code : ""}`);
  it.each([
    [[ex({ kind: "waive" })]],
    [[ex({ kind: "waive", criterion: "C" }), ex({ kind: "waive", criterion: "C" })]],
    [[ex({ kind: "exclude", record: {} }), ex({ id: "2", kind: "adjust", creditGroup: "G", minCredits: 0 })]],
    [[ex({ kind: "substitute", creditGroup: "G", criterion: "C", record: { id: 1 } })]],
  ])("%j", (exceptions) => {
    const value = { transcript: [], exceptions };
    const zod = StudentRecordSchema.safeParse(value, { reportInput: true });
    expect(zod.success).toBe(false);
    expect(paths(toIssues(zod.error!.issues))).toEqual(paths(studentRecordIssues(value)));
  });
});
