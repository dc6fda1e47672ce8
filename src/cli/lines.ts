import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { InputLine } from "./batch.js";
import { CliError } from "./errors.js";
import { describeFsError } from "./read-json.js";

/** The students file (`-` is standard input), opened now so a missing file is reported before work. */
export async function openInput(file: string): Promise<Readable> {
  if (file === "-") return process.stdin;
  try {
    const handle = await open(file, "r");
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error("directory"), { code: "EISDIR" });
    }
    return handle.createReadStream();
  } catch (error) {
    throw new CliError(`${file}: cannot read: ${describeFsError(error)}`);
  }
}

/** Non-blank lines in batches, numbered as an editor numbers them; one line in memory at a time. */
export async function* readBatches(input: Readable, size: number): AsyncGenerator<InputLine[]> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  let batch: InputLine[] = [];
  for await (const text of lines) {
    number += 1;
    if (text.trim() === "") continue;
    batch.push({ line: number, text: number === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
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
