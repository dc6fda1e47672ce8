import type { ExceptionKind } from "./vocabulary.js";

/** An exception applied to a requirement, criterion or credit group, as its result lists it (DESIGN.md §10). */
export interface AppliedException {
  id: string;
  kind: ExceptionKind;
  /** The counselor's reason, when the exception gives one. */
  reason?: string;
}

/** One exception of an evaluated program, as `report.exceptions` lists it: applied, or an orphan. */
export interface ExceptionOutcome {
  id: string;
  /** false for an orphan: its target does not exist (see its `orphanException` warning). */
  applied: boolean;
}
