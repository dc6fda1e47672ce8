// Which student the planner shows, and how it is read. Used at build time by vite.config.mjs
// (the page embeds just this one record, not the whole NDJSON file) and by the browser test.
import { readFileSync } from "node:fs";

/**
 * A 10th grader of the bundled district (examples/district/students.ndjson) whose plan leaves
 * `ENGLISH/ENG_CREDITS` off track: English 9 completed, Honors English 10 in progress, AP English
 * Language planned — three of the four English credits. Planning English 12 (ENG401) or AP English
 * Literature (ENG450) puts it on track. The browser test relies on this.
 */
export const STUDENT_ID = "S000095";

const NDJSON = new URL("../district/students.ndjson", import.meta.url);

/** The student record with `id`, parsed from the district's NDJSON file. */
export function loadStudent(id = STUDENT_ID) {
  for (const line of readFileSync(NDJSON, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const student = JSON.parse(line);
    if (student.id === id) return student;
  }
  throw new Error(`student ${id} is not in ${NDJSON.pathname}`);
}
