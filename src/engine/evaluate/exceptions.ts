import type { Fixed } from "../../decimal/index.js";
import type { AppliedException, ExceptionOutcome } from "../../model/exception.js";
import type { Warning } from "../../model/warning.js";
import type { CreditGroupRuntime } from "../../requirements/credit-group.js";
import type { RequirementAdjustment, SetAsideReason } from "../../requirements/index.js";
import type { PreparedRecord, PreparedStudent } from "../../student/prepared.js";
import type { ExceptionRead, RecordSelectorRead } from "../../student/shape.js";
import type { CriterionRuntime, ProgramRuntime, RequirementRuntime } from "./runtime.js";

/*
 * A student's exceptions (DESIGN.md §10) resolved against the programs evaluated for them, before
 * any is evaluated: each exception of an evaluated program either finds its target — and becomes
 * part of what that program's evaluation sees — or is an orphan, reported as a warning and never
 * an error (a renamed requirement must not stop a report). Exceptions naming programs that are
 * not evaluated are left alone. The rules an exception follows on its own were checked with the
 * record (src/student/exception-rules.ts).
 */

/** What the applied exceptions do to one result: a waive, and the list the result carries. */
export interface TargetExceptions {
  waived: boolean;
  entries: AppliedException[];
}

export interface RequirementExceptions extends TargetExceptions, RequirementAdjustment {
  substitutes: PreparedRecord[] | undefined;
  excluded: Set<PreparedRecord> | undefined;
}

export interface CreditGroupExceptions extends TargetExceptions {
  minimum: Fixed | undefined;
}

/** Everything one program's applied exceptions change. */
export interface ProgramExceptions {
  /** Records an exclude without a target leaves out of the whole program. */
  setAside: Map<PreparedRecord, SetAsideReason> | undefined;
  requirements: Map<RequirementRuntime, RequirementExceptions>;
  criteria: Map<CriterionRuntime, TargetExceptions>;
  creditGroups: Map<CreditGroupRuntime, CreditGroupExceptions>;
}

export interface StudentExceptions {
  programs: Map<ProgramRuntime, ProgramExceptions>;
  /** `report.exceptions`: every exception of an evaluated program, in the student's order. */
  outcomes: ExceptionOutcome[];
  /** `orphanException` warnings, in the student's order. */
  warnings: Warning[];
}

/** Whether the record is one the selector means: every field it gives is equal, JSON type included. */
function selects(selector: RecordSelectorRead, record: PreparedRecord): boolean {
  return (
    !record.standardsBased &&
    !record.replaced &&
    (selector.id === undefined || record.id === selector.id) &&
    (selector.courseNumber === undefined || record.courseNumber === selector.courseNumber) &&
    (selector.schoolYear === undefined || record.schoolYear === selector.schoolYear) &&
    (selector.term === undefined || record.term === selector.term)
  );
}

function describeSelector(selector: RecordSelectorRead): string {
  const fields = (["id", "courseNumber", "schoolYear", "term"] as const).filter((k) => selector[k] !== undefined);
  return fields.map((k) => `${k} ${JSON.stringify(selector[k])}`).join(", ");
}

const q = JSON.stringify;

function emptyProgram(): ProgramExceptions {
  return { setAside: undefined, requirements: new Map(), criteria: new Map(), creditGroups: new Map() };
}

function entryOf(e: ExceptionRead): AppliedException {
  const entry: AppliedException = { id: e.id, kind: e.kind };
  if (e.reason !== undefined) entry.reason = e.reason;
  return entry;
}

/** The target an exception names in its program and the records it selects, or why it cannot be applied. */
type Resolution = { apply: (effects: ProgramExceptions) => void } | { missing: string };

function resolveRequirement(e: ExceptionRead, program: ProgramRuntime, records: () => PreparedRecord[]): Resolution {
  const criterion = program.criteria.get(e.criterion!);
  if (criterion === undefined) return { missing: `program ${q(program.plan.id)} has no criterion ${q(e.criterion)}` };
  const requirement = criterion.byId.get(e.requirement!);
  if (requirement === undefined) return { missing: `criterion ${q(e.criterion)} has no requirement ${q(e.requirement)}` };
  const where = `requirement ${q(e.requirement)} of criterion ${q(e.criterion)}`;
  if (criterion.recommendations.includes(requirement)) return { missing: `${where} is a recommendation, which never counts toward a status` };
  const { targets } = requirement;
  const kind = `${/^[aeiou]/.test(requirement.type) ? "an" : "a"} ${requirement.type} requirement`;
  if (e.kind === "substitute" && targets.substitute !== true) return { missing: `${where} is ${kind}; only course requirements take substitutes` };
  if (e.kind === "exclude" && targets.exclude !== true) return { missing: `${where} is ${kind}; a targeted exclude applies to course and GPA requirements` };
  const field = e.minCredits !== undefined ? "minCredits" : "minTotal";
  if (e.kind === "adjust" && targets.adjust !== field) {
    return {
      missing:
        targets.adjust === undefined
          ? `${where} is ${kind}, which has no minimum an adjust can change`
          : `${where} is ${kind}, whose minimum is ${targets.adjust}, not ${field}`,
    };
  }
  const selected = e.record === undefined ? [] : records();
  if (e.record !== undefined && selected.length === 0) return { missing: `its record selector (${describeSelector(e.record)}) selects no transcript record` };
  return {
    apply(effects) {
      let target = effects.requirements.get(requirement);
      if (target === undefined) {
        target = { waived: false, entries: [], substitutes: undefined, excluded: undefined, minimum: undefined };
        effects.requirements.set(requirement, target);
      }
      target.entries.push(entryOf(e));
      if (e.kind === "waive") target.waived = true;
      else if (e.kind === "adjust") target.minimum = e.minCredits ?? e.minTotal;
      else if (e.kind === "substitute") (target.substitutes ??= []).push(...selected.filter((r) => !target.substitutes?.includes(r)));
      else for (const record of selected) (target.excluded ??= new Set()).add(record);
    },
  };
}

function resolve(e: ExceptionRead, program: ProgramRuntime, student: PreparedStudent): Resolution {
  const records = () => student.transcript.filter((r) => selects(e.record!, r));
  if (e.creditGroup !== undefined) {
    const group = program.creditGroups.find((g) => g.id === e.creditGroup);
    if (group === undefined) return { missing: `program ${q(program.plan.id)} has no credit group ${q(e.creditGroup)}` };
    if (e.kind === "adjust" && e.minCredits === undefined) return { missing: `credit group ${q(e.creditGroup)} has a minCredits minimum, not minTotal` };
    return {
      apply(effects) {
        let target = effects.creditGroups.get(group);
        if (target === undefined) effects.creditGroups.set(group, (target = { waived: false, entries: [], minimum: undefined }));
        target.entries.push(entryOf(e));
        if (e.kind === "waive") target.waived = true;
        else target.minimum = e.minCredits;
      },
    };
  }
  if (e.requirement !== undefined) return resolveRequirement(e, program, records);
  if (e.criterion !== undefined) {
    const criterion = program.criteria.get(e.criterion);
    if (criterion === undefined) return { missing: `program ${q(program.plan.id)} has no criterion ${q(e.criterion)}` };
    return {
      apply(effects) {
        let target = effects.criteria.get(criterion);
        if (target === undefined) effects.criteria.set(criterion, (target = { waived: false, entries: [] }));
        target.entries.push(entryOf(e));
        target.waived = true;
      },
    };
  }
  // An exclude without a target: the records count nowhere in the program.
  const selected = records();
  if (selected.length === 0) return { missing: `its record selector (${describeSelector(e.record!)}) selects no transcript record` };
  return {
    apply(effects) {
      for (const record of selected) (effects.setAside ??= new Map()).set(record, "excluded");
    },
  };
}

/**
 * The student's exceptions against the programs evaluated for them (`evaluated`: the root and
 * every program an academic-program requirement evaluates), in the student's order.
 */
export function resolveExceptions(student: PreparedStudent, evaluated: readonly ProgramRuntime[]): StudentExceptions {
  const byId = new Map(evaluated.map((p) => [p.plan.id, p]));
  const result: StudentExceptions = { programs: new Map(), outcomes: [], warnings: [] };
  student.exceptions.forEach((e, i) => {
    const program = byId.get(e.program);
    if (program === undefined) return;
    const resolution = resolve(e, program, student);
    if ("missing" in resolution) {
      result.outcomes.push({ id: e.id, applied: false });
      result.warnings.push({
        code: "orphanException",
        message: `exception ${q(e.id)} (${e.kind}) was not applied: ${resolution.missing}`,
        path: ["exceptions", i],
      });
      return;
    }
    let effects = result.programs.get(program);
    if (effects === undefined) result.programs.set(program, (effects = emptyProgram()));
    resolution.apply(effects);
    result.outcomes.push({ id: e.id, applied: true });
  });
  return result;
}
