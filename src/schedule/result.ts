import type { PriorityRequirement } from "./priority.js";

/*
 * What `loadRequests` returns (DESIGN.md ): plain JSON.
 */

/** A student placed in a section; `requirements` are the still-needed priority requirements the course meets. */
export interface RosterEntry {
  /** As the request gives it. */
  studentId: string | number;
  priority: boolean;
  /** Empty for an ordinary request. */
  requirements: PriorityRequirement[];
}

/** A section and its roster, in placement order. */
export interface SectionRoster {
  id: string | number;
  courseNumber: string;
  roster: RosterEntry[];
}

/** Why a request found no seat: its course's sections are full, the course has no section, no student has the id. */
export type UnplacedReason = "full" | "noSection" | "unknownStudent";

/** A request that found no seat. */
export interface UnplacedRequest {
  studentId: string | number;
  courseNumber: string;
  reason: UnplacedReason;
}

/** Every section with its roster, and every request left out with its reason. */
export interface LoadRequestsResult {
  /** Every section, in input order. */
  sections: SectionRoster[];
  /** Course by course (order of first request): unknown students first, then the rest in placement order. */
  unplaced: UnplacedRequest[];
}
