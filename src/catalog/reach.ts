import { ProgramDefinitionError, StudentRecordError } from "../errors/index.js";
import { loadCompiledProgram, type CompiledProgram } from "../engine/compiled-program.js";
import { evaluateProgress } from "../engine/progress.js";
import type { CriterionResult, ProgressReport } from "../report/types.js";
import { CATALOG_VIEWS } from "../requirements/catalog-views.js";
import type { RequirementResult, RequirementType } from "../requirements/index.js";
import { list } from "../shape/types.js";
import { writeShape } from "../shape/write.js";
import { CatalogCreditShape, type CatalogCourseRead } from "./shape.js";

/*
 * What the catalog can give each requirement at best: the program evaluated by the engine
 * itself for one student who completed every active catalog course once. Credit-type choice, caps,
 * distinct courses and case rules are then the evaluator's own; what ignores (each view's
 * `relaxed` keys, and exclusive allocation, which would split the catalog between requirements)
 * is taken out of a copy of the compiled plan first.
 */

type Json = Record<string, unknown>;

function relaxedPlan(compiled: CompiledProgram): unknown {
  const plan = JSON.parse(JSON.stringify(compiled.toJSON())) as { programs: Json[] };
  for (const program of plan.programs) {
    delete (program["settings"] as Json)["allocation"];
    for (const criterion of program["criteria"] as Json[]) {
      for (const key of ["requirements", "recommendations"]) {
        for (const requirement of criterion[key] as Json[]) {
          for (const field of CATALOG_VIEWS[requirement["type"] as RequirementType]?.relaxed ?? []) delete requirement[field];
        }
      }
    }
  }
  return plan;
}

const keyOf = (criterion: string, id: string) => `${criterion}\u0000${id}`;

function collect(criteria: readonly CriterionResult[], into: Map<string, RequirementResult>): void {
  for (const criterion of criteria) {
    for (const result of criterion.requirements) {
      into.set(keyOf(result.criterion, result.id), result);
      if (result.type === "child") collect([result.result], into);
    }
  }
}

export interface CatalogResults {
  of(criterion: string, id: string): RequirementResult | undefined;
}

/** Every requirement's result for the whole-catalog student; `open` are the active courses, in catalog order. */
export function catalogResults(compiled: CompiledProgram, open: readonly { index: number; read: CatalogCourseRead }[]): CatalogResults {
  const student = {
    id: "catalog",
    transcript: open.map(({ read }) => {
      const record: Json = { courseNumber: read.courseNumber, credits: writeShape(list(CatalogCreditShape), read.credits ?? []) };
      if (read.stateCode !== undefined) record["stateCode"] = read.stateCode;
      return record;
    }),
  };
  let report: ProgressReport;
  try {
    report = evaluateProgress(loadCompiledProgram(relaxedPlan(compiled)), student);
  } catch (error) {
    // A limit of §8 on transcripts is a limit on the catalog here: name the catalog's entry.
    if (!(error instanceof StudentRecordError)) throw error;
    throw new ProgramDefinitionError(
      error.issues.map((issue) => {
        const [head, at, ...rest] = issue.path;
        const course = head === "transcript" && typeof at === "number" ? open[at] : undefined;
        return { ...issue, path: course === undefined ? ["catalog", "courses"] : ["catalog", "courses", course.index, ...rest] };
      }),
    );
  }
  const results = new Map<string, RequirementResult>();
  collect(report.criteria, results);
  for (const result of report.recommendations) results.set(keyOf(result.criterion, result.id), result);
  return { of: (criterion, id) => results.get(keyOf(criterion, id)) };
}
