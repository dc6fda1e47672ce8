import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readChunks, readLines, splitLines, type InputLine } from "../../src/cli/lines.js";

const collect = async (input: Readable) => {
  const lines: InputLine[] = [];
  for await (const line of readLines(input)) lines.push(line);
  return lines;
};
/** The input as a stream of the given pieces (bytes), as a file or a pipe may deliver it. */
const streamOf = (pieces: (string | Uint8Array)[]) => Readable.from(pieces.map((p) => (typeof p === "string" ? Buffer.from(p) : p)));

describe("NDJSON lines", () => {
  it("end at \\n only: CRLF loses its \\r, a bare \\r stays in the line, numbers count \\n", async () => {
    const lines = await collect(streamOf(['{"a":1}\r\n{"b":\r2}\r\n\r\n\n{"c":3}\r', '\n{"d":4}']));
    expect(lines).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":\r2}' },
      { line: 5, text: '{"c":3}' },
      { line: 6, text: '{"d":4}' },
    ]);
  });

  it("drop a byte order mark before the first line only", async () => {
    expect(await collect(streamOf(["\ufeffA\n\ufeffB\n"]))).toEqual([
      { line: 1, text: "A" },
      { line: 2, text: "\ufeffB" },
    ]);
  });

  it("skip blank lines, whitespace only included", async () => {
    expect(await collect(streamOf([" \t\n\r\nX\n   "]))).toEqual([{ line: 3, text: "X" }]);
  });

  it("are the same however the input is cut into pieces and chunks, multi-byte characters included", async () => {
    const line = fc.string({ unit: fc.constantFrom("a", "é", "😀", "\r", " ", "{", "}"), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }), async (texts, cuts) => {
        const text = texts.join("\n");
        const bytes = Buffer.from(text);
        const pieces: Uint8Array[] = [];
        let at = 0;
        for (let i = 0; at < bytes.length; i++) {
          const next = Math.min(bytes.length, at + cuts[i % cuts.length]!);
          pieces.push(bytes.subarray(at, next));
          at = next;
        }
        const expected = texts
          .map((t, i) => ({ line: i + 1, text: i < texts.length - 1 && t.endsWith("\r") ? t.slice(0, -1) : t }))
          .filter((l) => l.text.trim() !== "");
        // Small chunks, so lines are cut across reads and chunks hold several lines.
        const got: InputLine[] = [];
        let before = 0;
        for await (const chunk of readChunks(streamOf(pieces), 5)) {
          const { lines, lineFeeds } = splitLines(chunk);
          got.push(...lines.map((l) => ({ line: before + l.line, text: l.text })));
          before += lineFeeds;
        }
        expect(got).toEqual(expected);
        expect(await collect(streamOf(pieces))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("a long line arriving in many pieces is joined once, in linear time", async () => {
    const pieces = Array.from({ length: 2_000 }, () => "x".repeat(1_000));
    const started = performance.now();
    const chunks = [];
    for await (const chunk of readChunks(streamOf([...pieces, "\nY\n"]), 4096)) chunks.push(chunk);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(chunks.map((c) => c.bytes.length)).toEqual([2_000_003]);
    expect(splitLines(chunks[0]!).lines.map((l) => l.text.length)).toEqual([2_000_000, 1]);
  });

  it("chunks end at a line feed and own their buffers (they are transferred to workers)", async () => {
    const chunks = [];
    for await (const chunk of readChunks(streamOf(["aaaa\nbb", "bb\ncc\n", "dd"]), 4)) chunks.push(chunk);
    expect(chunks.map((c) => Buffer.from(c.bytes).toString())).toEqual(["aaaa\n", "bbbb\ncc\n", "dd"]);
    expect(chunks.map((c) => c.first)).toEqual([true, false, false]);
    for (const chunk of chunks) expect(chunk.bytes.byteOffset === 0 && chunk.bytes.buffer.byteLength === chunk.bytes.length).toBe(true);
  });
});
