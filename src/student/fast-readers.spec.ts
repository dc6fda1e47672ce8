import type { FastReaderSpec } from "../shape/fast-reader-source.js";
import * as shapes from "./shape.js";

/** What `npm run shapes` generates into src/student/fast-readers.ts (checked by a test). */
export const STUDENT_FAST_READERS: FastReaderSpec = {
  target: "src/student/fast-readers.ts",
  shapesModule: "./shape.js",
  shapes: Object.fromEntries(Object.entries(shapes).filter(([name]) => name.endsWith("Shape"))) as FastReaderSpec["shapes"],
  root: "StudentShape",
  entry: "readStudentFast",
};
