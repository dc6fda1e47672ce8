import type { Lookups } from "./lookups.js";
import type { Settings } from "./settings.js";
import type { Warnings } from "./warnings.js";

/** What every mapping step reads: the resolved options, the indexes, and where warnings go. */
export interface Context {
  settings: Settings;
  lookups: Lookups;
  warnings: Warnings;
  /** Whether the export held any `courses` / `assessments` at all (a missing one is reported once). */
  hasCourses: boolean;
  hasAssessments: boolean;
}
