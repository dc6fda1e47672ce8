import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { CliError } from "./errors.js";
import { describeFsError } from "./read-json.js";

/** A non-blank input line and its 1-based line number. */
export interface InputLine {
  line: number;
  text: string;
}

/** Whole lines of the input as bytes. */
export interface Chunk {
  /** True for the chunk the input starts with (which may begin with a byte order mark). */
  first: boolean;
  /** Ends at a `\n` (or at the end of the input); its own buffer, so it can be transferred. */
  bytes: Uint8Array;
}

/** The non-blank lines of a chunk, numbered from 1 within it, and how many `\n` it holds. */
export interface ChunkLines {
  lines: InputLine[];
  lineFeeds: number;
}

/** The students file (`-` is standard input), opened now so a missing file is reported before work. */
export async function openInput(file: string): Promise<{ stream: Readable; regularFileBytes: number | undefined }> {
  if (file === "-") return { stream: process.stdin, regularFileBytes: undefined };
  try {
    const handle = await open(file, "r");
    const stats = await handle.stat();
    if (stats.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error("directory"), { code: "EISDIR" });
    }
    return { stream: handle.createReadStream({ highWaterMark: 1 << 20 }), regularFileBytes: stats.isFile() ? stats.size : undefined };
  } catch (error) {
    throw new CliError(`${file}: cannot read: ${describeFsError(error)}`);
  }
}

const LF = 0x0a;

/*
 * The input cut into chunks of whole lines of about `size` bytes, without decoding it: the main
 * thread only looks for the last line feed of what it read, and the decoding, splitting and
 * numbering happen where the lines are evaluated (a worker thread with --jobs). A UTF-8 sequence
 * never holds the byte 0x0A, so a cut after a line feed never splits a character. A line longer
 * than `size` makes a larger chunk; its pieces are joined once, when its end arrives, so a long
 * line costs linear time.
 */
export async function* readChunks(input: Readable, size: number): AsyncGenerator<Chunk> {
  let pieces: Uint8Array[] = [];
  let length = 0;
  let first = true;
  for await (const data of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    pieces.push(bytes);
    length += bytes.length;
    if (length < size) continue;
    const cut = bytes.lastIndexOf(LF) + 1;
    if (cut === 0) continue;
    const rest = bytes.subarray(cut);
    yield { first, bytes: join(pieces, length - rest.length) };
    first = false;
    pieces = rest.length > 0 ? [rest] : [];
    length = rest.length;
  }
  if (length > 0) yield { first, bytes: join(pieces, length) };
}

/** The first `length` bytes of the pieces, copied into a buffer of their own. */
function join(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    const take = Math.min(piece.length, length - at);
    out.set(take === piece.length ? piece : piece.subarray(0, take), at);
    at += take;
    if (at === length) break;
  }
  return out;
}

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The non-blank lines of a chunk. Lines end at `\n` only; a `\r` right before it is dropped (CRLF
 * files), and any other `\r` is part of the line, as JSON allows it between values. Numbers count
 * line feeds, blank lines included, as an editor numbers them. A byte order mark before the
 * first line of the input is dropped.
 */
export function splitLines(chunk: Chunk): ChunkLines {
  const text = decoder.decode(chunk.bytes);
  const lines: InputLine[] = [];
  let number = 1;
  let start = chunk.first && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineFeeds = 0;
  while (start < text.length) {
    const feed = text.indexOf("\n", start);
    const end = feed === -1 ? text.length : feed;
    const line = text.slice(start, feed !== -1 && end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (line.trim() !== "") lines.push({ line: number, text: line });
    if (feed !== -1) lineFeeds += 1;
    number += 1;
    start = end + 1;
  }
  return { lines, lineFeeds };
}

/** Every non-blank line of the input, in order, numbered from 1; one chunk in memory at a time. */
export async function* readLines(input: Readable): AsyncGenerator<InputLine> {
  let before = 0;
  for await (const chunk of readChunks(input, 1 << 16)) {
    const { lines, lineFeeds } = splitLines(chunk);
    for (const { line, text } of lines) yield { line: before + line, text };
    before += lineFeeds;
  }
}

/*
 * The progress bar's total: a quick pass over the bytes counting lines that hold anything but
 * whitespace. Only run when a bar is shown, and only for files (standard input cannot be read twice).
 */
export async function countStudents(file: string): Promise<number> {
  let count = 0;
  let content = false;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === 0x0a) {
        if (content) count += 1;
        content = false;
      } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) {
        content = true;
      }
    }
  }
  return content ? count + 1 : count;
}
