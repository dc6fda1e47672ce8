export { loadRequests, type LoadRequestsInput, type LoadRequestsResult, type SectionRoster, type RosterEntry, type UnplacedRequest } from "./load-requests.js";
export type { CourseRequest, Section } from "./input.js";
export type { PriorityRequirement } from "./priority.js";
export type { UnplacedReason } from "./place.js";
