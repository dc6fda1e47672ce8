export { loadRequests, type LoadRequestsInput } from "./load-requests.js";
export type { LoadRequestsResult, SectionRoster, RosterEntry, UnplacedRequest, UnplacedReason } from "./result.js";
export type { CourseRequest, Section } from "./input.js";
export type { PriorityRequirement } from "./priority.js";
