import { once } from "node:events";
import { createWriteStream, openSync } from "node:fs";
import type { Writable } from "node:stream";
import { CliError } from "./errors.js";
import { describeFsError } from "./read-json.js";

/** Where reports go, with back-pressure so a slow disk or pipe does not fill memory. */
export interface Output {
  /** Text, or UTF-8 bytes as the worker threads send them. */
  write(text: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** `--output FILE` (opened now, so a bad path fails before any work) or standard output. */
export function openOutput(file: string | undefined): Output {
  if (file === undefined || file === "-") return wrap("standard output", process.stdout, async () => {});
  let fd: number;
  try {
    fd = openSync(file, "w");
  } catch (error) {
    throw new CliError(`${file}: cannot write: ${describeFsError(error)}`);
  }
  const stream = createWriteStream(file, { fd });
  return wrap(file, stream, async () => {
    stream.end();
    await once(stream, "close");
  });
}

/*
 * A write error (a full disk) arrives as an 'error' event; it is kept and turned into a
 * CliError at the next write or at close, instead of crashing as an unhandled event.
 */
function wrap(name: string, stream: Writable, close: () => Promise<void>): Output {
  let failure: unknown;
  stream.on("error", (error) => (failure ??= error));
  const check = () => {
    if (failure !== undefined) throw new CliError(`${name}: cannot write: ${describeFsError(failure)}`);
  };
  return {
    async write(text) {
      check();
      if (text.length > 0 && !stream.write(text)) await once(stream, "drain").catch((error: unknown) => (failure ??= error));
      check();
    },
    async close() {
      check();
      await close().catch(() => {});
      check();
    },
  };
}
