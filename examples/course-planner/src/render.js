// Rendering of a ProgressReport (DESIGN.md §6) and of the planner lists. Every status carries a
// `data-status` attribute (met | onTrack | offTrack) and a visible text badge, never colour alone.
import { h } from "./dom.js";

export const STATUS_LABEL = { met: "met", onTrack: "on track", offTrack: "off track" };
const RECORD_STATUS_LABEL = { completed: "completed", inProgress: "in progress", planned: "planned" };
const REASON_LABEL = {
  belowMinGpa: "grade below the minimum",
  noGpaValue: "no grade points",
  creditTypeNotCounted: "credit type does not count",
};

export function badge(status) {
  return h("span", { class: `badge badge-${status}`, dataset: { status } }, STATUS_LABEL[status] ?? status);
}

/** A bar: earned (solid) and projected (hatched) credits against the required amount. */
function creditBar(earned, projected, required) {
  const req = Number(required);
  const pct = (v) => `${Math.min(100, req > 0 ? (Number(v) / req) * 100 : 0).toFixed(1)}%`;
  return h(
    "div",
    { class: "bar", role: "img", "aria-label": `${earned} earned, ${projected} projected of ${required} credits` },
    h("span", { class: "bar-projected", style: `width:${pct(projected)}` }),
    h("span", { class: "bar-earned", style: `width:${pct(earned)}` }),
  );
}

const figure = (label, value) => h("span", { class: "figure" }, h("span", { class: "figure-label" }, label), " ", h("strong", {}, value));

function scoreText(figures) {
  const parts = [];
  if (figures?.scaleScore !== undefined) parts.push(`scale ${figures.scaleScore}`);
  if (figures?.rawScore !== undefined) parts.push(`raw ${figures.rawScore}`);
  return parts.length > 0 ? parts.join(", ") : "none";
}

function requirementDetails(req) {
  switch (req.type) {
    case "course":
      return [
        h(
          "div",
          { class: "figures" },
          figure("earned", req.earnedCredits),
          figure("projected", req.projectedCredits),
          figure("required", req.requiredCredits),
          req.remainingCredits !== "0" && figure("remaining", req.remainingCredits),
          req.minGpa !== undefined && figure("min grade points", req.minGpa),
          req.suggestedGrade !== undefined && figure("suggested in", `grade ${req.suggestedGrade}`),
        ),
        creditBar(req.earnedCredits, req.projectedCredits, req.requiredCredits),
        req.records.length > 0 &&
          h(
            "details",
            { class: "matched" },
            h("summary", {}, `${req.records.length} matching record${req.records.length === 1 ? "" : "s"}`),
            h(
              "ul",
              {},
              req.records.map((r) =>
                h(
                  "li",
                  { class: r.counted ? "" : "not-counted" },
                  h("code", {}, r.courseNumber),
                  ` ${RECORD_STATUS_LABEL[r.status]}, ${r.credits} cr`,
                  r.counted ? "" : ` — not counted (${REASON_LABEL[r.reason] ?? r.reason})`,
                ),
              ),
            ),
          ),
      ];
    case "test": {
      if (req.assumed) return [h("div", { class: "figures" }, figure("assumed", "passed"))];
      if (req.scoreEvaluation === "countPassing") {
        return [h("div", { class: "figures" }, figure("passed exams", `${req.achieved} of ${req.required}`))];
      }
      const mode = req.scoreEvaluation === "sumAtOrAbove" ? "sum of best scores" : "best score";
      return [
        h(
          "div",
          { class: "figures" },
          figure(mode, scoreText(req.achieved)),
          figure("minimum", scoreText(req.required)),
          figure("scores on file", String(req.scores.length)),
        ),
      ];
    }
    case "gpa":
      return [
        h(
          "div",
          { class: "figures" },
          figure("GPA", req.gpa ?? "none yet"),
          figure("minimum", req.requiredGpa),
          figure("calculation", `${req.calculation}, ${req.calculationType}`),
          req.minGpaPerCourseCredit !== undefined && figure("every course ≥", req.minGpaPerCourseCredit),
          req.belowMinimum.length > 0 &&
            figure("below minimum", req.belowMinimum.map((b) => `${b.courseNumber} (${b.points})`).join(", ")),
        ),
      ];
    case "program": {
      const list = (items) => (items.length > 0 ? items.join(", ") : "—");
      return [
        h(
          "div",
          { class: "figures" },
          figure("needs", String(req.minRequired)),
          figure("completed", list(req.completed)),
          figure("on track", list(req.onTrack)),
          figure("off track", list(req.offTrack)),
          figure("not assigned", list(req.notAssigned)),
        ),
      ];
    }
    case "child":
      return [criterionNode(req.result, true)];
    case "activity":
      return [
        h(
          "div",
          { class: "figures" },
          figure("earned", req.earnedTotal),
          figure("projected", req.projectedTotal),
          figure("required", req.requiredTotal),
          req.remainingTotal !== "0" && figure("remaining", req.remainingTotal),
          req.requiredCount !== undefined && figure("activities", `${req.earnedCount} of ${req.requiredCount}`),
        ),
        creditBar(req.earnedTotal, req.projectedTotal, req.requiredTotal),
        req.activities.length > 0 &&
          h(
            "details",
            { class: "matched" },
            h("summary", {}, `${req.activities.length} logged activit${req.activities.length === 1 ? "y" : "ies"}`),
            h(
              "ul",
              {},
              req.activities.map((a) => h("li", {}, h("code", {}, a.code), ` ${RECORD_STATUS_LABEL[a.status]}, ${a.amount}`)),
            ),
          ),
      ];
    default:
      return [];
  }
}

/** The id, small and secondary: a counselor reads the description; the id is for talking to the SIS. */
const idNote = (id) => h("code", { class: "id-note", title: "id in the program definition" }, id);

/**
 * A muted result (DESIGN.md §13) cannot change its criterion (an OR already met another way):
 * greyed, with its details folded away behind "not needed".
 */
function mutedFold(details) {
  return h("details", { class: "muted-fold" }, h("summary", {}, "Not needed: the criterion is met another way. Details"), details);
}

function requirementNode(req) {
  const testid = `requirement-${req.criterion}/${req.id}`;
  const muted = req.muted === true;
  return h(
    "li",
    {
      class: `requirement status-${req.status}${muted ? " is-muted" : ""}`,
      "data-testid": testid,
      dataset: { status: req.status, type: req.type, muted: muted ? "true" : undefined },
    },
    h(
      "div",
      { class: "requirement-head" },
      badge(req.status),
      h("span", { class: "description" }, req.description ?? req.id),
      muted && h("span", { class: "not-needed" }, "not needed"),
      req.description !== undefined && idNote(req.id),
    ),
    muted ? mutedFold(requirementDetails(req)) : requirementDetails(req),
  );
}

/** Every requirement's description by `criterion/id`, linked criteria included. */
function descriptionsOf(report) {
  const out = new Map();
  const walk = (criteria) => {
    for (const criterion of criteria) {
      for (const r of criterion.requirements) {
        if (r.description !== undefined) out.set(`${r.criterion}/${r.id}`, r.description);
        if (r.type === "child") walk([r.result]);
      }
    }
  };
  walk(report.criteria);
  return out;
}

const plural = (n, word) => `${n} ${word}${String(n) === "1" ? "" : "s"}`;

/** `report.remaining` (DESIGN.md §13): what the student still needs, in display order, with its figures. */
export function stillNeededList(report) {
  if (report.remaining.length === 0) return h("p", { class: "muted", "data-testid": "still-needed-none" }, "Nothing: every requirement is met.");
  const descriptions = descriptionsOf(report);
  const groups = new Map(report.creditGroups.map((g) => [g.id, g.name]));
  return h(
    "ul",
    { class: "still-needed-list", "data-testid": "still-needed" },
    report.remaining.map((e) => {
      const group = e.type === "creditGroup";
      const name = group ? `${groups.get(e.id) ?? e.id} credits` : (descriptions.get(`${e.criterion}/${e.id}`) ?? e.id);
      const needs = [];
      if (e.remainingCredits !== undefined) needs.push(`${plural(e.remainingCredits, "more credit")}`);
      if (e.remainingCourses !== undefined) needs.push(`${plural(e.remainingCourses, "more course")}`);
      if (e.remainingTotal !== undefined) needs.push(`${e.remainingTotal} more`);
      if (e.requiredGpa !== undefined) needs.push(`a GPA of at least ${e.requiredGpa}`);
      if (e.tests !== undefined) needs.push(`${e.tests.achieved} of ${e.tests.required} tests passed`);
      if (needs.length === 0) needs.push(e.type === "test" ? "a passing score" : "to be met");
      return h(
        "li",
        { class: "still-needed-item", dataset: { status: e.status, key: group ? `creditGroup/${e.id}` : `${e.criterion}/${e.id}` } },
        badge(e.status),
        " ",
        h("span", {}, name),
        ": ",
        h("strong", {}, needs.join(", ")),
      );
    }),
  );
}

export function criterionNode(criterion, nested = false) {
  const muted = criterion.muted === true;
  const title = criterion.description ?? criterion.id;
  const body = [
    h("p", { class: "expression" }, h("span", { class: "expression-label" }, "Rule: "), h("code", {}, criterion.expression)),
    h("ul", { class: "requirements" }, criterion.requirements.map(requirementNode)),
  ];
  return h(
    "article",
    {
      class: `criterion${nested ? " nested" : ""} status-${criterion.status}${muted ? " is-muted" : ""}`,
      "data-testid": `criterion-${criterion.id}`,
      dataset: { status: criterion.status, muted: muted ? "true" : undefined },
      "aria-label": `${title}: ${STATUS_LABEL[criterion.status]}${muted ? ", not needed" : ""}`,
    },
    h(
      "header",
      { class: "criterion-head" },
      badge(criterion.status),
      h(nested ? "h4" : "h3", {}, title),
      criterion.description !== undefined && idNote(criterion.id),
      // The district flags these criteria for attention (`displayAlert`): said only while unmet.
      criterion.displayAlert && criterion.status !== "met" && h("span", { class: "alert-flag" }, "Needs attention: the district flags this when not met"),
    ),
    muted ? mutedFold(body) : body,
  );
}

export function creditGroupsTable(groups) {
  return h(
    "div",
    { class: "groups-scroll" },
    creditGroupsGrid(groups),
  );
}

function creditGroupsGrid(groups) {
  return h(
    "table",
    { class: "groups" },
    h("thead", {}, h("tr", {}, ["Group", "Earned", "Projected", "Required", "Status", ""].map((t) => h("th", { scope: "col" }, t)))),
    h(
      "tbody",
      {},
      groups.map((g) =>
        h(
          "tr",
          { "data-testid": `credit-group-${g.id}`, dataset: { status: g.status } },
          h("th", { scope: "row" }, g.name),
          h("td", { class: "num" }, g.earnedCredits),
          h("td", { class: "num" }, g.projectedCredits),
          h("td", { class: "num" }, g.requiredCredits),
          h("td", {}, badge(g.status)),
          h("td", { class: "bar-cell" }, creditBar(g.earnedCredits, g.projectedCredits, g.requiredCredits)),
        ),
      ),
    ),
  );
}

export function recommendationList(recommendations) {
  if (recommendations.length === 0) return h("p", { class: "muted" }, "None.");
  return h("ul", { class: "requirements" }, recommendations.map(requirementNode));
}

export function statusesList(statuses) {
  return statuses.map((s) =>
    h("span", { class: "student-status", "data-testid": `student-status-${s.status}`, dataset: { status: s.result } }, `${s.status}: `, badge(s.result)),
  );
}

export function recordItem(entry, onRemove) {
  const r = entry.record;
  const status = r.status ?? "completed";
  const credits = (r.credits ?? []).map((c) => `${c.amount} ${c.type}`).join(" + ");
  const when = [r.gradeLevel !== undefined ? `grade ${r.gradeLevel}` : undefined, r.schoolYear, r.term, r.grade].filter(Boolean).join(" · ");
  return h(
    "li",
    { class: `record record-${status}${entry.added ? " added" : ""}`, "data-testid": `record-${r.courseNumber}`, dataset: { recordStatus: status, key: entry.key } },
    h(
      "div",
      { class: "record-main" },
      h("code", {}, r.courseNumber),
      h("span", { class: "record-name" }, r.name ?? ""),
    ),
    h("div", { class: "record-meta muted small" }, h("span", { class: `pill pill-${status}` }, RECORD_STATUS_LABEL[status] ?? status), " ", credits, when ? ` · ${when}` : "", entry.added ? " · added here" : ""),
    status === "planned" &&
      h(
        "button",
        {
          type: "button",
          class: "button-remove",
          "data-testid": `remove-${r.courseNumber}`,
          "aria-label": `Remove planned ${r.courseNumber} ${r.name ?? ""}`.trim(),
          onClick: () => onRemove(entry),
        },
        "Remove",
      ),
  );
}

/** What the catalog says about a course the student already has: the button's text and a note. */
const TAKEN = {
  completed: ["Completed", "already completed"],
  inProgress: ["In progress", "in progress"],
  planned: ["Planned", "planned"],
  noCredit: [undefined, "completed without credit: a retake can be planned"],
};

export function catalogItem(course, lines, state, onAdd) {
  const credits = lines.map((c) => `${c.amount} ${c.type}`).join(" + ");
  const [taken, note] = TAKEN[state] ?? [];
  return h(
    "li",
    { class: `course${taken ? " course-taken" : ""}`, "data-testid": `catalog-${course.courseNumber}`, dataset: { state } },
    h(
      "div",
      { class: "course-main" },
      h("code", {}, course.courseNumber),
      h("span", { class: "course-name" }, course.name),
      course.level !== "regular" && h("span", { class: `pill pill-level` }, course.level),
    ),
    h("div", { class: "muted small" }, credits, course.grades ? ` · grades ${course.grades.join(", ")}` : "", note ? ` · ${note}` : ""),
    h(
      "button",
      {
        type: "button",
        class: "button-add",
        "data-testid": `add-${course.courseNumber}`,
        "aria-label": taken ? `${course.courseNumber} ${course.name}: ${note}` : `Add ${course.courseNumber} ${course.name} to the plan`,
        disabled: taken !== undefined,
        onClick: () => onAdd(course),
      },
      taken ?? "Add",
    ),
  );
}

/**
 * Where the student stands in time (DESIGN.md §9): every requirement or credit group with a pace
 * (on pace / behind pace), and every test requirement with a due grade or a registration.
 */
export function timeList(report) {
  const items = [];
  const paceText = (p) => `${p.onPace ? "on pace" : "behind pace"}: ${p.actual} of ${p.expected} expected by end of grade ${p.grade}`;
  const item = (testid, status, label, text) =>
    h("li", { class: "time-item", "data-testid": testid, dataset: { status } }, badge(status), " ", h("span", { class: "time-label" }, label), `: ${text}`);
  const walk = (criteria) => {
    for (const criterion of criteria) {
      for (const r of criterion.requirements) {
        if (r.type === "child") walk([r.result]);
        const notes = [];
        if (r.pace) notes.push(paceText(r.pace));
        if (r.planned !== undefined) notes.push(`${r.planned} registration${r.planned === 1 ? "" : "s"} planned`);
        if (r.dueGrade !== undefined) notes.push(`due by grade ${r.dueGrade}`);
        if (notes.length > 0) items.push(item(`time-${r.criterion}/${r.id}`, r.status, r.description ?? `${r.criterion}/${r.id}`, notes.join(", ")));
      }
    }
  };
  walk(report.criteria);
  for (const g of report.creditGroups) if (g.pace) items.push(item(`time-group-${g.id}`, g.status, g.name, paceText(g.pace)));
  return items.length > 0 ? h("ul", { class: "time-list" }, items) : h("p", { class: "muted" }, "Nothing is timed for this student (no grade level, or no due grades and paces).");
}
