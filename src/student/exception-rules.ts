import { isZero, readDecimal, type Fixed } from "../decimal/index.js";
import type { ExceptionKind } from "../model/vocabulary.js";
import type { Report } from "../shape/types.js";

/*
 * The rules an exception follows on its own (DESIGN.md §10, A-10.4): which target and which
 * fields each kind takes. They need nothing but the exception, so a broken one is a
 * StudentRecordError at its path; everything that needs the program (an unknown requirement, the
 * wrong kind, a selector that selects nothing) is an orphan, reported as a warning when the
 * program is evaluated. Run by the student readers and the zod schema through the shapes' checks.
 */

/** The fields of an exception the rules look at. */
interface ExceptionFields {
  kind: ExceptionKind;
  criterion?: string | undefined;
  requirement?: string | undefined;
  creditGroup?: string | undefined;
  record?: object | undefined;
  minCredits?: Fixed | string | number | undefined;
  minTotal?: Fixed | string | number | undefined;
}

/** 0, whether read (the readers give a Fixed) or as written (the zod schema checks the JSON itself). */
function isZeroAmount(value: Fixed | string | number): boolean {
  const read = typeof value === "object" ? value : readDecimal(value);
  return typeof read !== "string" && isZero(read);
}

type Field = "record" | "minCredits" | "minTotal" | "creditGroup";

/** The fields each kind has no use for. */
const UNUSED: Record<ExceptionKind, readonly Field[]> = {
  waive: ["record", "minCredits", "minTotal"],
  substitute: ["creditGroup", "minCredits", "minTotal"],
  adjust: ["record"],
  exclude: ["creditGroup", "minCredits", "minTotal"],
};

const WHY_UNUSED: Record<ExceptionKind, string> = {
  waive: "a waive only marks its target met",
  substitute: "a substitute counts records toward a course requirement",
  adjust: "an adjust replaces the minimum of a requirement or a credit group",
  exclude: "an exclude takes records out of a program, or out of one course or GPA requirement",
};

/** An exception's own rules: target, fields by kind, minimums > 0. */
export function checkException(e: ExceptionFields, report: Report): void {
  const has = (field: keyof ExceptionFields) => e[field] !== undefined;
  const kind = e.kind;
  // Which target the exception names; a wrong combination is reported once, at the exception.
  let target: "requirement" | "criterion" | "creditGroup" | undefined;
  if (has("creditGroup") && (has("criterion") || has("requirement"))) {
    report([], "notAllowed", "an exception targets a credit group (creditGroup) or a criterion (criterion, with requirement for one requirement), not both");
    return;
  }
  if (has("requirement") && !has("criterion")) {
    report(["criterion"], "required", "a requirement target needs criterion: the id of the criterion that defines the requirement");
    return;
  }
  if (has("creditGroup")) target = "creditGroup";
  else if (has("requirement")) target = "requirement";
  else if (has("criterion")) target = "criterion";

  for (const field of UNUSED[kind]) {
    if (has(field)) report([field], "notAllowed", `${field} does not belong to a ${kind} exception: ${WHY_UNUSED[kind]}`);
  }
  switch (kind) {
    case "waive":
      if (target === undefined) report([], "required", "a waive needs a target: criterion (and requirement, for one requirement) or creditGroup");
      break;
    case "substitute":
      if (target === "criterion") report(["requirement"], "required", "a substitute needs the course requirement the records count toward");
      else if (target === undefined) report([], "required", "a substitute needs a course requirement: criterion and requirement");
      if (!has("record")) report(["record"], "required", "a substitute needs record: which transcript records count");
      break;
    case "adjust":
      if (target === "criterion") report(["requirement"], "required", "an adjust targets a requirement or a credit group, not a whole criterion");
      else if (target === undefined) report([], "required", "an adjust needs a target: criterion and requirement, or creditGroup");
      if (has("minCredits") && has("minTotal")) report([], "notAllowed", "an adjust sets minCredits or minTotal, not both");
      else if (!has("minCredits") && !has("minTotal")) {
        report([], "required", "an adjust needs the new minimum: minCredits (course requirement, credit group) or minTotal (activity requirement)");
      }
      for (const field of ["minCredits", "minTotal"] as const) {
        const value = e[field];
        if (value !== undefined && isZeroAmount(value)) report([field], "notPositive", "must be greater than 0, but is 0 (waive the target instead)");
      }
      break;
    case "exclude":
      if (target === "criterion") report(["requirement"], "required", "an exclude names a requirement (course or GPA) with its criterion, or no target at all");
      if (!has("record")) report(["record"], "required", "an exclude needs record: which transcript records to leave out");
      break;
  }
}

/** A record selector names at least one field. */
export function checkSelector(selector: { id?: unknown; courseNumber?: unknown; schoolYear?: unknown; term?: unknown }, report: Report): void {
  if (selector.id === undefined && selector.courseNumber === undefined && selector.schoolYear === undefined && selector.term === undefined) {
    report([], "emptySelector", "a record selector needs at least one of id, courseNumber, schoolYear and term");
  }
}

/** Exception ids are unique in a student record. */
export function checkExceptionIds(student: { exceptions?: readonly { id: string }[] | undefined }, report: Report): void {
  const exceptions = student.exceptions;
  if (exceptions === undefined || exceptions.length < 2) return;
  const seen = new Set<string>();
  for (let i = 0; i < exceptions.length; i++) {
    const id = exceptions[i]!.id;
    if (seen.has(id)) report(["exceptions", i, "id"], "duplicateId", `exception id ${JSON.stringify(id)} is used more than once`);
    seen.add(id);
  }
}
