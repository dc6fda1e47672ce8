import { plural } from "../errors/index.js";
import type { Status } from "../index.js";
import { STATUS_OF_CODE, type Columns } from "./formats.js";

const STATUSES: readonly Status[] = ["met", "onTrack", "offTrack"];
const LABEL: Record<Status, string> = { met: "met", onTrack: "on track", offTrack: "off track" };

/** Counts per status for the program and each column, fed with `tallyOf` strings. */
export class Summary {
  students = 0;
  skippedLines = 0;
  private readonly counts: Record<Status, number>[];

  constructor(
    private readonly programId: string,
    private readonly columns: Columns,
  ) {
    const width = 1 + columns.criteria.length + columns.creditGroups.length + columns.statuses.length;
    this.counts = Array.from({ length: width }, () => ({ met: 0, onTrack: 0, offTrack: 0 }));
  }

  add(tally: string): void {
    this.students += 1;
    for (let i = 0; i < tally.length; i++) {
      const status = STATUS_OF_CODE[tally[i]!];
      if (status !== undefined) this.counts[i]![status] += 1;
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

    const width = Math.max(...rows.map(([name]) => name.length));
    const head = ["".padEnd(width), ...STATUSES.map((s) => LABEL[s].padStart(9))].join("  ");
    const body = rows.map(([name, counts]) =>
      counts === undefined ? name : [name.padEnd(width), ...STATUSES.map((s) => String(counts[s]).padStart(9))].join("  "),
    );
    const title = `${plural(this.students, "student")} evaluated, ${plural(this.skippedLines, "line")} skipped`;
    return `${[title, "", head, ...body].join("\n")}\n`;
  }
}
