import { escapeControls } from "./escape.js";

/** How much of a long line is shown around the problem. */
const WINDOW = 72;

/**
 * The source line holding a position, with a caret (or a run of carets) under the problem:
 *
 *     ALG1 ANDD GEOM
 *          ^^^^
 *
 * Tabs before the column are kept so the caret lines up in a terminal; other control characters
 * are shown escaped (`\u0000`, see escape.ts). A line longer than the window is cut around the
 * problem, with `…` marking what was left out.
 */
export function caretExcerpt(text: string, line: number, column: number, length: number): string {
  let source = text.split(/\r\n|\r|\n/)[line - 1] ?? "";
  let start = column - 1;
  if (source.length > WINDOW) {
    const from = Math.max(0, Math.min(start - WINDOW / 2, source.length - WINDOW));
    const head = from > 0 ? "…" : "";
    const tail = from + WINDOW < source.length ? "…" : "";
    source = head + source.slice(from, from + WINDOW) + tail;
    start = start - from + head.length;
  }
  // The caret is placed in the escaped text, where an escaped character is six wide.
  const shown = escapeControls(source);
  const before = escapeControls(source.slice(0, start));
  const problem = escapeControls(source.slice(start, start + Math.max(1, length)));
  const lead = before.replace(/[^\t]/g, " ");
  const width = Math.max(1, Math.min(length === 0 ? 1 : problem.length, shown.length - before.length));
  return `${shown}\n${lead}${"^".repeat(width)}`;
}
