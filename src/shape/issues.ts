import { MAX_ISSUES, tooManyIssues, type Issue } from "../errors/index.js";

export type Path = readonly (string | number)[];

/**
 * Collects problems for one error. Past the cap only a count is kept, so a transcript of a million
 * nulls costs a million comparisons, not a million messages; `list()` adds the `tooManyIssues` line.
 */
export class IssueSink {
  readonly items: Issue[] = [];
  more = 0;

  add(path: Path, code: string, message: string): void {
    if (this.items.length < MAX_ISSUES) this.items.push({ path: [...path], code, message });
    else this.more++;
  }

  get size(): number {
    return this.items.length + this.more;
  }

  /** The problems found, with the closing `tooManyIssues` issue when some were left out. */
  list(): Issue[] {
    if (this.more === 0) return this.items;
    return [...this.items, tooManyIssues(this.more)];
  }
}
