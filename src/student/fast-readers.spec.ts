import type { FastReaderSpec } from "../shape/fast-reader-source.js";
import * as shapes from "./shape.js";

/** What `npm run shapes` generates into src/student/fast-readers.ts (checked by a test). */
export const STUDENT_FAST_READERS: FastReaderSpec = {
  target: "src/student/fast-readers.ts",
  shapesModule: "./shape.js",
  shapes: Object.fromEntries(Object.entries(shapes).filter(([name]) => name.endsWith("Shape"))) as FastReaderSpec["shapes"],
  root: "StudentShape",
  entry: "readStudentFast",
  // prepare.ts adds each entry's position and a record's credit total.
  addedLater: {
    TranscriptRecordShape: { index: "0", totalCredits: "f.ZERO" },
    TestEntryShape: { index: "0" },
    ActivityShape: { index: "0" },
  },
};
