import type { Context } from "./context.js";
import { codeOf, isIn, lookup } from "./descriptors.js";
import type { AcademicRecord } from "./academic-records.js";
import type { StudentProgramAssociation } from "./resource-schemas.js";
import { quote, warn, warnOnce, type Source } from "./warnings.js";

/*
 * Academic programs: the program associations whose program type options.programTypes names
 * (most Ed-Fi programs are services — Migrant, Special Education, Food Service — that no graduation
 * program asks about), and the diplomas of the academic records. An association that has not ended
 * by `asOf` is `assigned`; one that ended for a completion reason is `completed`; one that ended
 * otherwise is left out. Diplomas are `completed`.
 */

export interface ProgramEntry {
  student: string;
  programId: string;
  status: "assigned" | "completed";
}

export function programOf(ctx: Context, row: StudentProgramAssociation, resource: string, index: number): ProgramEntry | undefined {
  const { settings, warnings } = ctx;
  const source: Source = { resource, index, prefix: "" };
  const type = row.programReference.programTypeDescriptor;
  const programId = lookup(warnings, settings.programTypes, type, "ProgramTypeDescriptor", source, "programReference.programTypeDescriptor");
  if (programId === undefined) {
    warnOnce(warnings, type, "programNotMapped", `the program type ${quote(type)} (${quote(row.programReference.programName)}) is not in options.programTypes: its associations were left out`, source, "programReference.programTypeDescriptor");
    return undefined;
  }
  const student = row.studentReference.studentUniqueId;
  if (row.endDate === undefined || row.endDate >= settings.asOf) return { student, programId, status: "assigned" };
  const reason = row.reasonExitedDescriptor;
  if (reason !== undefined && isIn(warnings, settings.programCompletedReasons, reason, "ReasonExitedDescriptor", source, "reasonExitedDescriptor")) {
    return { student, programId, status: "completed" };
  }
  const why = reason === undefined ? "no reason" : quote(codeOf(reason));
  warn(warnings, "programExited", `the student left ${quote(row.programReference.programName)} on ${row.endDate} (${why}, not a completion reason in options.programCompletedReasons): not counted as assigned`, source, "endDate");
  return undefined;
}

export function diplomaPrograms(ctx: Context, record: AcademicRecord): ProgramEntry[] {
  const { settings, warnings } = ctx;
  return record.diplomas.map(({ type, field }) => {
    const mapped = lookup(warnings, settings.diplomaTypes, type, "DiplomaTypeDescriptor", record.source, field);
    if (mapped === undefined && settings.diplomaTypesGiven) {
      warn(warnings, "unmappedDiploma", `the diploma type ${quote(type)} is not in options.diplomaTypes: it counts as the completed program ${quote(codeOf(type))}`, record.source, field);
    }
    return { student: record.student, programId: mapped ?? codeOf(type), status: "completed" };
  });
}

/** One entry per program: completed wins over assigned; first-seen order. */
export function mergePrograms(entries: readonly ProgramEntry[]): { programId: string; status: "assigned" | "completed" }[] {
  const byId = new Map<string, "assigned" | "completed">();
  for (const e of entries) if (byId.get(e.programId) !== "completed") byId.set(e.programId, e.status);
  return [...byId].map(([programId, status]) => ({ programId, status }));
}
