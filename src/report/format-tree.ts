import type { Status } from "../model/vocabulary.js";
import type { Owner } from "../requirements/index.js";
import { kindTree, paceText, plural, type KindTreeOptions } from "./kind-tree.js";
import type { AppliedException, CriterionResult, ProgressReport, RemainingEntry, RequirementResult } from "./types.js";

/*
 * The report as a tree a person reads in a terminal: a mark per status, the figures behind each
 * verdict (each requirement kind words its own), and why a record did not count. The report
 * itself stays the contract; this is a view. Built and printed with explicit stacks, so a report
 * of any depth prints.
 */

/** Options of `formatReportTree`. */
export interface TreeOptions {
  /** Plain ASCII marks and branches, for logs and terminals without Unicode. */
  ascii?: boolean;
  /** List the transcript records under course requirements (default true). */
  records?: boolean;
  /**
   * The widest a line may be, in columns (default 100): longer text wraps at spaces onto lines
   * indented under it. Only a tree nested so deep that its branches alone leave fewer than 24
   * columns goes past it.
   */
  width?: number;
}

const LABEL: Record<Status, string> = { met: "met", onTrack: "on track", offTrack: "off track" };
const MARKS = {
  unicode: { met: "✔", onTrack: "◐", offTrack: "✘", exception: "✎", branch: "├─ ", last: "└─ ", pipe: "│  ", gap: "   " },
  ascii: { met: "[x]", onTrack: "[~]", offTrack: "[ ]", exception: "[e]", branch: "+- ", last: "`- ", pipe: "|  ", gap: "   " },
};

type Marks = (typeof MARKS)["unicode"];

interface Node {
  text: string;
  children: Node[];
}

const EXCEPTION_TEXT: Record<AppliedException["kind"], string> = {
  waive: "waived by exception",
  substitute: "records substituted by exception",
  adjust: "minimum set by exception",
  exclude: "records left out by exception",
};

/** One line per exception a result carries (DESIGN.md §10), with its id and reason. */
function exceptionNodes(exceptions: readonly AppliedException[] | undefined, marks: Marks): Node[] {
  return (exceptions ?? []).map((e) => ({
    text: `${marks.exception} ${EXCEPTION_TEXT[e.kind]} ${e.id}${e.reason === undefined ? "" : ` (${e.reason})`}`,
    children: [],
  }));
}

/** A muted result cannot change its criterion (§13): said in words, so logs and plain terminals show it. */
const mutedText = (result: { muted?: true }) => (result.muted === true ? " (not needed)" : "");

/** One "Still needed" line: where the entry sits, what it is, and every figure it still needs (§13). */
function remainingText(entry: RemainingEntry, report: ProgressReport, descriptions: ReadonlyMap<string, string>): string {
  if (entry.type === "creditGroup") {
    const name = report.creditGroups.find((g) => g.id === entry.id)?.name ?? entry.id;
    return `${name}: ${plural(entry.remainingCredits, "more credit")}`;
  }
  const description = descriptions.get(`${entry.criterion}/${entry.id}`);
  const where = `${entry.criterion}/${entry.id}${description === undefined ? "" : ` ${description}`}`;
  const needs: string[] = [];
  if (entry.remainingCredits !== undefined) needs.push(plural(entry.remainingCredits, "more credit"));
  if (entry.remainingCourses !== undefined) needs.push(plural(String(entry.remainingCourses), "more course"));
  if (entry.remainingTotal !== undefined) needs.push(`${entry.remainingTotal} more`);
  if (entry.requiredGpa !== undefined) needs.push(`a GPA of at least ${entry.requiredGpa}`);
  if (entry.tests !== undefined) needs.push(`${entry.tests.achieved} of ${entry.tests.required} tests passed`);
  // A best-score or sum test has no count to give: what it lacks is a passing score.
  const none = entry.type === "test" ? "no passing score yet" : LABEL[entry.status];
  return `${where}: ${needs.length === 0 ? none : needs.join(", ")}`;
}

/** Visits every requirement of the report once, linked criteria included. */
function eachRequirement(report: ProgressReport, visit: (r: RequirementResult) => void): void {
  const seen = new Set<CriterionResult>();
  const stack = [...report.criteria];
  for (let c = stack.pop(); c !== undefined; c = stack.pop()) {
    if (seen.has(c)) continue;
    seen.add(c);
    for (const r of c.requirements) {
      if (r.type === "child") stack.push(r.result);
      visit(r);
    }
  }
}

/** Every requirement's description by `criterion/id`, linked criteria included, for the "Still needed" lines. */
function descriptionsOf(report: ProgressReport): Map<string, string> {
  const out = new Map<string, string>();
  eachRequirement(report, (r) => {
    if (r.description !== undefined) out.set(`${r.criterion}/${r.id}`, r.description);
  });
  return out;
}

type GivenUp = KindTreeOptions["givenUp"];

/** Exclusive allocation: every record some requirement lists as used by another, by transcript index. */
function givenUpOf(report: ProgressReport): GivenUp {
  const out = new Map<number, { from: Owner; by: Owner }[]>();
  eachRequirement(report, (r) => {
    if (r.type !== "course") return;
    for (const record of r.records) {
      if (record.usedBy === undefined) continue;
      const list = out.get(record.index) ?? [];
      list.push({ from: { criterion: r.criterion, requirement: r.id }, by: record.usedBy });
      out.set(record.index, list);
    }
  });
  return out;
}

function criterionTree(root: CriterionResult, marks: Marks, records: boolean, givenUp: GivenUp): Node {
  const top: Node = { text: "", children: [] };
  const stack: { criterion: CriterionResult; into: Node }[] = [{ criterion: root, into: top }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { criterion: c, into } = item;
    const description = c.description === undefined ? "" : ` ${c.description}`;
    const node: Node = { text: `${marks[c.status]} ${c.id}${description} [${c.expression}]${c.required === false ? " (optional)" : ""}${mutedText(c)}`, children: exceptionNodes(c.exceptions, marks) };
    into.children.push(node);
    // A muted result cannot change anything above it (§13): one line, what is under it folded away.
    if (c.muted === true) continue;
    for (const r of c.requirements) {
      const requirement = requirementNode(r, marks, records, givenUp);
      node.children.push(requirement.node);
      if (requirement.linked !== undefined) stack.push({ criterion: requirement.linked, into: requirement.node });
    }
  }
  return top.children[0]!;
}

function requirementNode(r: RequirementResult, marks: Marks, records: boolean, givenUp: GivenUp): { node: Node; linked?: CriterionResult } {
  const parts = kindTree(r, { records, givenUp });
  const description = r.description === undefined ? "" : ` ${r.description}:`;
  // A grade level, not a letter grade: "suggested in grade 11".
  const suggested = r.type === "course" && r.suggestedGrade !== undefined ? `, suggested in grade ${r.suggestedGrade}` : "";
  const text = `${marks[r.status]} ${r.id}${description} ${parts.figures}${suggested}${mutedText(r)}`;
  // A muted result cannot change anything above it (§13): one line, what is under it folded away.
  if (r.muted === true) return { node: { text, children: exceptionNodes(r.exceptions, marks) } };
  const node: Node = {
    text,
    children: [
      ...exceptionNodes(r.exceptions, marks),
      ...parts.lines.map((line) => ({ text: `${marks[line.status]} ${line.text}`, children: [] })),
    ],
  };
  return parts.linked === undefined ? { node } : { node, linked: parts.linked };
}

const MIN_TEXT = 24;
const columns = (text: string) => [...text].length;

/**
 * `text` cut into lines of at most `first` columns for the first line and `rest` after it, at
 * spaces where it can (a word longer than a line is cut where the line ends).
 */
function wrap(text: string, first: number, rest: number): string[] {
  const lines: string[] = [];
  let line = "";
  const room = () => (lines.length === 0 ? first : rest);
  for (const word of text.split(" ")) {
    const joined = line === "" ? word : `${line} ${word}`;
    if (columns(joined) <= room()) {
      line = joined;
      continue;
    }
    if (line !== "") lines.push(line);
    let left = [...word];
    while (left.length > room()) {
      const n = room();
      lines.push(left.slice(0, n).join(""));
      left = left.slice(n);
    }
    line = left.join("");
  }
  lines.push(line);
  return lines;
}

function render(roots: Node[], marks: Marks, width: number, out: string[]): void {
  const stack: { node: Node; prefix: string; last: boolean }[] = [];
  const push = (nodes: Node[], prefix: string) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, prefix, last: i === nodes.length - 1 });
  };
  push(roots, "");
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, prefix, last } = item;
    const head = `${prefix}${last ? marks.last : marks.branch}`;
    const under = prefix + (last ? marks.gap : marks.pipe);
    // Continuation lines sit a little past where the node's children branch off, the branch line kept.
    const indent = `${under}${node.children.length > 0 ? marks.pipe : marks.gap}  `;
    const room = (used: string) => Math.max(MIN_TEXT, width - columns(used));
    const [first, ...rest] = wrap(node.text, room(head), room(indent));
    out.push(`${head}${first}`);
    for (const line of rest) out.push(`${indent}${line}`);
    push(node.children, under);
  }
}

/** The report as an indented tree with a mark per status (✔ met, ◐ on track, ✘ off track). */
export function formatReportTree(report: ProgressReport, options: TreeOptions = {}): string {
  const marks = options.ascii === true ? MARKS.ascii : MARKS.unicode;
  const records = options.records !== false;
  const width = options.width ?? 100;
  const givenUp = records ? givenUpOf(report) : new Map();
  const student = report.studentId === null ? "a student without id" : `student ${report.studentId}`;
  const out = [`${marks[report.status]} ${report.programId} for ${student}: ${LABEL[report.status]}`];
  const sections: Node[] = [{ text: "Criteria", children: report.criteria.map((c) => criterionTree(c, marks, records, givenUp)) }];
  if (report.creditGroups.length > 0) {
    sections.push({
      text: "Credit groups",
      children: report.creditGroups.map((g) => ({
        text: `${marks[g.status]} ${g.name}: ${g.earnedCredits} of ${plural(g.requiredCredits, "credit")} earned, ${g.projectedCredits} with planned courses${paceText(g.pace)}`,
        children: exceptionNodes(g.exceptions, marks),
      })),
    });
  }
  if (report.statuses.length > 0) {
    sections.push({
      text: "Student statuses",
      children: report.statuses.map((s) => ({ text: `${marks[s.result]} ${s.status}: ${LABEL[s.result]}`, children: [] })),
    });
  }
  if (report.recommendations.length > 0) {
    sections.push({ text: "Recommended", children: report.recommendations.map((r) => requirementNode(r, marks, records, givenUp).node) });
  }
  if (report.warnings.length > 0) {
    sections.push({
      text: "Warnings",
      children: report.warnings.map((w) => ({ text: `! ${w.path.join(".")}: ${w.message}`, children: [] })),
    });
  }
  if (report.exceptions !== undefined) {
    sections.push({
      text: "Exceptions",
      children: report.exceptions.map((e) => ({
        text: `${marks.exception} ${e.id}: ${e.applied ? "applied" : "not applied (see the warnings)"}`,
        children: [],
      })),
    });
  }
  // A report stored before `remaining` existed prints without the section.
  const remaining: readonly RemainingEntry[] = report.remaining ?? [];
  const descriptions = remaining.length > 0 ? descriptionsOf(report) : new Map<string, string>();
  if (remaining.length > 0) {
    sections.push({
      text: "Still needed",
      children: remaining.map((e) => ({ text: `${marks[e.status]} ${remainingText(e, report, descriptions)}`, children: [] })),
    });
  }
  render(sections, marks, width, out);
  return out.join("\n");
}
