import { ProgramDefinitionError } from "../errors/index.js";
import { REPORT_DETAILS, type ReportDetail } from "../report/compact.js";

/** Options of `evaluateProgress` and `evaluateMany` beside the program and the students. */
export interface EvaluateOptions {
  /** `"full"` (the default): the whole report; `"compact"`: statuses and figures, no listings or static text. */
  detail?: ReportDetail;
}

function read(options: unknown, key: string): unknown {
  try {
    return typeof options === "object" && options !== null && Object.prototype.propertyIsEnumerable.call(options, key)
      ? (options as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return null;
  }
}

/** `options.detail`, read once; anything but "full" or "compact" (or nothing) is an error. */
export function readDetail(options: unknown): ReportDetail {
  const detail = read(options, "detail");
  if (detail === undefined) return "full";
  if ((REPORT_DETAILS as readonly unknown[]).includes(detail)) return detail as ReportDetail;
  throw new ProgramDefinitionError([
    { path: ["detail"], code: "invalidOption", message: `options.detail must be "full" or "compact"` },
  ]);
}
