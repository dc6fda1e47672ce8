import type * as z from "zod/mini";
import { StudentRecordError, type Issue } from "../errors/index.js";
import { TranscriptCompositeSchema } from "./composite-schema.js";
import { issuesOf } from "./issues.js";
import * as R from "./resource-schemas.js";
import { warn, type Warnings } from "./warnings.js";

/*
 * Checks every resource array against its schema before anything is converted, so a malformed
 * export is one StudentRecordError listing its problems at `[resource, index, field…]`, never a
 * half-converted cohort.
 */

/** The resources this adapter reads, by Ed-Fi API resource name. */
export const RESOURCE_SCHEMAS = {
  courseTranscripts: R.CourseTranscriptSchema,
  studentAcademicRecords: R.StudentAcademicRecordSchema,
  studentAssessments: R.StudentAssessmentSchema,
  assessments: R.AssessmentSchema,
  courses: R.CourseSchema,
  studentSchoolAssociations: R.StudentSchoolAssociationSchema,
  studentSectionAssociations: R.StudentSectionAssociationSchema,
  sections: R.SectionSchema,
  courseOfferings: R.CourseOfferingSchema,
  grades: R.GradeSchema,
  studentTranscriptComposites: TranscriptCompositeSchema,
} as const;

/** `studentProgramAssociations` and its subclasses (`studentCTEProgramAssociations`, …) share one shape. */
export const PROGRAM_ASSOCIATIONS = /^student(?:[A-Z][A-Za-z0-9]*)?ProgramAssociations$/;

export type ResourceName = keyof typeof RESOURCE_SCHEMAS;

/** The checked resources; absent ones are empty. */
export type Parsed = { [K in ResourceName]: z.infer<(typeof RESOURCE_SCHEMAS)[K]>[] } & {
  programAssociations: { resource: string; entries: R.StudentProgramAssociation[] }[];
};

export function isResourceName(name: string): boolean {
  return Object.hasOwn(RESOURCE_SCHEMAS, name) || PROGRAM_ASSOCIATIONS.test(name);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function read(object: Record<string, unknown>, key: string, issues: Issue[], path: (string | number)[]): { ok: boolean; value?: unknown } {
  try {
    return { ok: true, value: object[key] };
  } catch {
    issues.push({ path, code: "unreadable", message: "could not be read" });
    return { ok: false };
  }
}

function parseArray<T>(schema: z.ZodMiniType<T>, name: string, value: unknown, issues: Issue[]): T[] {
  if (!Array.isArray(value)) {
    issues.push({ path: [name], code: "invalidType", message: "expected a list of Ed-Fi resources (the API's JSON array)" });
    return [];
  }
  const out: T[] = [];
  let i = 0;
  try {
    for (; i < value.length; i++) {
      const result = schema.safeParse(value[i], { reportInput: true });
      if (result.success) out.push(result.data);
      else issues.push(...issuesOf(result.error.issues, [name, i]));
    }
  } catch {
    // A getter or proxy that throws: reported where it happened, and the rest of that list skipped.
    issues.push({ path: [name, i], code: "unreadable", message: "could not be read (a property threw when read)" });
  }
  return out;
}

/** No resources at all. */
export function emptyParsed(): Parsed {
  const parsed = { programAssociations: [] } as unknown as Parsed;
  for (const name of Object.keys(RESOURCE_SCHEMAS)) (parsed as Record<string, unknown>)[name] = [];
  return parsed;
}

export function parseResources(resources: unknown, warnings: Warnings): Parsed {
  let names: string[];
  try {
    if (!isPlainObject(resources)) {
      throw new StudentRecordError([
        { path: [], code: "invalidType", message: "expected an object whose keys are Ed-Fi resource names (courseTranscripts, …) and values JSON arrays" },
      ]);
    }
    names = Object.keys(resources);
  } catch (error) {
    if (StudentRecordError.is(error)) throw error;
    throw new StudentRecordError([{ path: [], code: "unreadable", message: "could not be read" }]);
  }
  const issues: Issue[] = [];
  const parsed = emptyParsed();
  for (const name of names) {
    const cell = read(resources as Record<string, unknown>, name, issues, [name]);
    if (!cell.ok || cell.value === undefined) continue;
    if (Object.hasOwn(RESOURCE_SCHEMAS, name)) {
      const schema = RESOURCE_SCHEMAS[name as ResourceName] as z.ZodMiniType<unknown>;
      (parsed as Record<string, unknown>)[name] = parseArray(schema, name, cell.value, issues);
    } else if (PROGRAM_ASSOCIATIONS.test(name)) {
      parsed.programAssociations.push({ resource: name, entries: parseArray(R.StudentProgramAssociationSchema, name, cell.value, issues) });
    } else {
      warn(warnings, "unknownResource", `the adapter does not read ${JSON.stringify(name)}: its entries were not converted`, { resource: name, index: -1, prefix: "" }, "");
    }
  }
  if (issues.length > 0) throw new StudentRecordError(issues);
  return parsed;
}

