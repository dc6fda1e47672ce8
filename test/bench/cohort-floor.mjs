// The floor of `npm run bench:cohort`: what any NDJSON batch costs before evaluating anything.
// Reads the students file in 1 MB pieces, cuts lines at \n, JSON.parse's each one and writes a
// small JSON object per line, in 256 KB writes: node floor.mjs IN OUT.
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";

const [input, output] = process.argv.slice(2);
const out = createWriteStream(output);
let pending = "";
let rest = "";
let students = 0;
const flush = async () => {
  if (!out.write(pending)) await once(out, "drain");
  pending = "";
};
for await (const piece of createReadStream(input, { encoding: "utf8", highWaterMark: 1 << 20 })) {
  const text = rest + piece;
  let start = 0;
  for (let end = text.indexOf("\n"); end !== -1; start = end + 1, end = text.indexOf("\n", start)) {
    if (end === start) continue;
    const student = JSON.parse(text.slice(start, end));
    pending += `${JSON.stringify({ studentId: student.id, records: student.transcript.length })}\n`;
    students++;
  }
  rest = text.slice(start);
  if (pending.length >= 256 * 1024) await flush();
}
if (rest.trim() !== "") throw new Error("the input does not end with a line feed");
await flush();
out.end();
await once(out, "finish");
process.stderr.write(`${students} students\n`);
