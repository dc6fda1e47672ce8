import { plural } from "../errors/index.js";
import type { Status } from "../index.js";
import { STATUS_OF_CODE, type Columns } from "./formats.js";

const STATUSES: readonly Status[] = ["met", "onTrack", "offTrack"];
const LABEL: Record<Status, string> = { met: "met", onTrack: "on track", offTrack: "off track" };
/** How many "still needed" rows the summary table shows: the most common ones. */
const STILL_NEEDED_ROWS = 10;

/** Counts per status for the program and each column, fed with `tallyOf` strings. */
export class Summary {
  students = 0;
  skippedLines = 0;
  private readonly counts: Record<Status, number>[];
  /** Students still needing each requirement (`report.remaining`, §13), by their status there. */
  private readonly remaining = new Map<string, Record<Status, number>>();

  constructor(
    private readonly programId: string,
    private readonly columns: Columns,
  ) {
    const width = 1 + columns.criteria.length + columns.creditGroups.length + columns.statuses.length;
    this.counts = Array.from({ length: width }, () => ({ met: 0, onTrack: 0, offTrack: 0 }));
  }

  add(tally: string): void {
    this.students += 1;
    const tab = tally.indexOf("\t");
    const codes = tab === -1 ? tally : tally.slice(0, tab);
    for (let i = 0; i < codes.length; i++) {
      const status = STATUS_OF_CODE[codes[i]!];
      if (status !== undefined) this.counts[i]![status] += 1;
    }
    if (tab === -1) return;
    for (const entry of JSON.parse(tally.slice(tab + 1)) as string[]) {
      const status = STATUS_OF_CODE[entry[0]!];
      const key = entry.slice(1);
      const counts = this.remaining.get(key) ?? { met: 0, onTrack: 0, offTrack: 0 };
      if (status !== undefined) counts[status] += 1;
      this.remaining.set(key, counts);
    }
  }

  /** The stderr line at the end of every run: counts, skipped lines and speed. */
  line(elapsedMs: number): string {
    const c = this.counts[0]!;
    const seconds = elapsedMs / 1000;
    const rate = seconds > 0 ? Math.round(this.students / seconds) : this.students;
    return (
      `${plural(this.students, "student")}: ${c.met} met, ${c.onTrack} on track, ${c.offTrack} off track; ` +
      `${plural(this.skippedLines, "line")} skipped; ${seconds.toFixed(2)} s (${rate} students/s)`
    );
  }

  /** `--format summary`: a table by status. No timings, so the same input gives the same text. */
  table(): string {
    const rows: [string, Record<Status, number> | undefined][] = [[`program ${this.programId}`, this.counts[0]]];
    let at = 1;
    const section = (title: string, ids: readonly string[]) => {
      if (ids.length === 0) return;
      rows.push([title, undefined]);
      for (const id of ids) rows.push([`  ${id}`, this.counts[at++]]);
    };
    section("criteria", this.columns.criteria);
    section("credit groups", this.columns.creditGroups);
    section("student statuses", this.columns.statuses);
    // What students most often still need, muted requirements left out (they are not in
    // `remaining`): most students off track first, then on track, then by key.
    const needed = [...this.remaining].sort(
      ([a, x], [b, y]) => y.offTrack - x.offTrack || y.onTrack - x.onTrack || (a < b ? -1 : a > b ? 1 : 0),
    );
    if (needed.length > 0) {
      rows.push(["still needed (report.remaining)", undefined]);
      for (const [key, counts] of needed.slice(0, STILL_NEEDED_ROWS)) rows.push([`  ${key}`, counts]);
      if (needed.length > STILL_NEEDED_ROWS) rows.push([`  … ${plural(needed.length - STILL_NEEDED_ROWS, "more requirement")}`, undefined]);
    }

    const width = Math.max(...rows.map(([name]) => name.length));
    const head = ["".padEnd(width), ...STATUSES.map((s) => LABEL[s].padStart(9))].join("  ");
    const body = rows.map(([name, counts]) =>
      counts === undefined ? name : [name.padEnd(width), ...STATUSES.map((s) => String(counts[s]).padStart(9))].join("  "),
    );
    const title = `${plural(this.students, "student")} evaluated, ${plural(this.skippedLines, "line")} skipped`;
    return `${[title, "", head, ...body].join("\n")}\n`;
  }
}
