import { once } from "node:events";
import { createWriteStream, openSync } from "node:fs";
import type { Writable } from "node:stream";
import { CliError } from "./errors.js";
import { describeFsError } from "./read-json.js";

/** Where reports go, with back-pressure so a slow disk or pipe does not fill memory. */
export interface Output {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** `--output FILE` (opened now, so a bad path fails before any work) or standard output. */
export function openOutput(file: string | undefined): Output {
  if (file === undefined || file === "-") return wrap(process.stdout, async () => {});
  let fd: number;
  try {
    fd = openSync(file, "w");
  } catch (error) {
    throw new CliError(`${file}: cannot write: ${describeFsError(error)}`);
  }
  const stream = createWriteStream(file, { fd });
  return wrap(stream, async () => {
    stream.end();
    await once(stream, "close");
  });
}

function wrap(stream: Writable, close: () => Promise<void>): Output {
  return {
    async write(text) {
      if (text !== "" && !stream.write(text)) await once(stream, "drain");
    },
    close,
  };
}
