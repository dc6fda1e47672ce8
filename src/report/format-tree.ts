import type {
  CourseRecordResult,
  CriterionResult,
  ProgressReport,
  RequirementResult,
  ScoreFigures,
  Status,
} from "../requirements/results.js";

/*
 * The report as a tree a person reads in a terminal: a mark per status, the figures behind each
 * verdict, and why a record did not count. The report itself stays the contract; this is a view.
 */

/** Options of `formatReportTree`. */
export interface TreeOptions {
  /** Plain ASCII marks and branches, for logs and terminals without Unicode. */
  ascii?: boolean;
  /** List the transcript records under course requirements (default true). */
  records?: boolean;
}

const LABEL: Record<Status, string> = { met: "met", onTrack: "on track", offTrack: "off track" };
const MARKS = {
  unicode: { met: "✔", onTrack: "◐", offTrack: "✘", branch: "├─ ", last: "└─ ", pipe: "│  ", gap: "   " },
  ascii: { met: "[x]", onTrack: "[~]", offTrack: "[ ]", branch: "+- ", last: "`- ", pipe: "|  ", gap: "   " },
};

const REASON: Record<NonNullable<CourseRecordResult["reason"]>, string> = {
  creditTypeNotCounted: "its credit type does not count here",
  belowMinGpa: "grade below the minimum GPA",
  noGpaValue: "no grade points to compare with the minimum GPA",
};

interface Node {
  text: string;
  children: Node[];
}

const plural = (n: string, word: string) => `${n} ${word}${n === "1" ? "" : "s"}`;

function scores(figures: ScoreFigures): string {
  const parts = [];
  if (figures.rawScore !== undefined) parts.push(`raw ${figures.rawScore}`);
  if (figures.scaleScore !== undefined) parts.push(`scale ${figures.scaleScore}`);
  return parts.length === 0 ? "no score" : parts.join(", ");
}

function requirementFigures(r: RequirementResult): string {
  switch (r.type) {
    case "course": {
      const gpa = r.minGpa === undefined ? "" : `, grades ≥ ${r.minGpa}`;
      return `${r.earnedCredits} of ${plural(r.requiredCredits, "credit")} earned, ${r.projectedCredits} with planned courses${gpa}`;
    }
    case "test":
      if (r.assumed) return "assumed passed";
      if (r.scoreEvaluation === "countPassing") return `${r.achieved as number} of ${r.required as number} distinct tests passed`;
      return `${r.scoreEvaluation === "sumAtOrAbove" ? "sum of best scores" : "best score"}: ${scores(
        r.achieved as ScoreFigures,
      )} (needs ${scores(r.required as ScoreFigures)})`;
    case "gpa": {
      const gpa = r.gpa === undefined ? "no GPA" : `GPA ${r.gpa}${r.source === "stored" ? " (stored)" : ""}`;
      const per = r.minGpaPerCourseCredit === undefined ? "" : `, every course ≥ ${r.minGpaPerCourseCredit}`;
      return `${gpa}, needs ${r.requiredGpa}${per} (${r.calculation} ${r.calculationType}, ${r.rounding} to ${r.decimals} places)`;
    }
    case "program": {
      const list = (ids: string[]) => (ids.length === 0 ? "none" : ids.join(", "));
      return `${r.completed.length} of ${r.minRequired} programs completed: ${list(r.completed)}; on track: ${list(r.onTrack)}; not assigned: ${list(r.notAssigned)}`;
    }
    case "child":
      return `takes criterion ${r.result.id}`;
  }
}

function recordNode(record: CourseRecordResult, mark: (s: Status) => string): Node {
  const status = record.counted ? (record.status === "completed" ? "met" : "onTrack") : "offTrack";
  const why = record.reason === undefined ? "" : ` — not counted: ${REASON[record.reason]}`;
  const state = record.status === "completed" ? "" : ` (${record.status === "inProgress" ? "in progress" : "planned"})`;
  return { text: `${mark(status)} ${record.courseNumber}${state} ${plural(record.credits, "credit")}${why}`, children: [] };
}

function requirementNode(r: RequirementResult, mark: (s: Status) => string, options: TreeOptions): Node {
  const description = r.description === undefined ? "" : ` ${r.description}:`;
  const node: Node = { text: `${mark(r.status)} ${r.id}${description} ${requirementFigures(r)}`, children: [] };
  if (r.type === "course" && options.records !== false) node.children = r.records.map((x) => recordNode(x, mark));
  if (r.type === "gpa") {
    node.children = r.belowMinimum.map((b) => ({
      text: `${mark("offTrack")} ${b.courseNumber}: ${b.points} points is below ${r.minGpaPerCourseCredit}`,
      children: [],
    }));
  }
  if (r.type === "child") node.children = [criterionNode(r.result, mark, options)];
  return node;
}

function criterionNode(c: CriterionResult, mark: (s: Status) => string, options: TreeOptions): Node {
  const description = c.description === undefined ? "" : ` ${c.description}`;
  return {
    text: `${mark(c.status)} ${c.id}${description} [${c.expression}]`,
    children: c.requirements.map((r) => requirementNode(r, mark, options)),
  };
}

function render(nodes: Node[], prefix: string, marks: (typeof MARKS)["unicode"], out: string[]): void {
  nodes.forEach((node, i) => {
    const last = i === nodes.length - 1;
    out.push(`${prefix}${last ? marks.last : marks.branch}${node.text}`);
    render(node.children, prefix + (last ? marks.gap : marks.pipe), marks, out);
  });
}

/** The report as an indented tree with a mark per status (✔ met, ◐ on track, ✘ off track). */
export function formatReportTree(report: ProgressReport, options: TreeOptions = {}): string {
  const marks = options.ascii === true ? MARKS.ascii : MARKS.unicode;
  const mark = (s: Status) => marks[s];
  const student = report.studentId === null ? "a student without id" : `student ${report.studentId}`;
  const out = [`${mark(report.status)} ${report.programId} for ${student}: ${LABEL[report.status]}`];
  const sections: Node[] = [
    { text: "Criteria", children: report.criteria.map((c) => criterionNode(c, mark, options)) },
  ];
  if (report.creditGroups.length > 0) {
    sections.push({
      text: "Credit groups",
      children: report.creditGroups.map((g) => ({
        text: `${mark(g.status)} ${g.name}: ${g.earnedCredits} of ${plural(g.requiredCredits, "credit")} earned, ${g.projectedCredits} with planned courses`,
        children: [],
      })),
    });
  }
  if (report.statuses.length > 0) {
    sections.push({
      text: "Student statuses",
      children: report.statuses.map((s) => ({ text: `${mark(s.result)} ${s.status}: ${LABEL[s.result]}`, children: [] })),
    });
  }
  if (report.recommendations.length > 0) {
    sections.push({ text: "Recommended", children: report.recommendations.map((r) => requirementNode(r, mark, options)) });
  }
  if (report.warnings.length > 0) {
    sections.push({
      text: "Warnings",
      children: report.warnings.map((w) => ({ text: `! ${w.path.join(".")}: ${w.message}`, children: [] })),
    });
  }
  render(sections, "", marks, out);
  return out.join("\n");
}
