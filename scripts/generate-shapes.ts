// Regenerates the committed fast readers from the shape declarations: `npm run shapes`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fastReaderSource } from "../src/shape/fast-reader-source.js";
import { STUDENT_FAST_READERS } from "../src/student/fast-readers.spec.js";

writeFileSync(join(process.cwd(), STUDENT_FAST_READERS.target), fastReaderSource(STUDENT_FAST_READERS));
console.log(`wrote ${STUDENT_FAST_READERS.target}`);
