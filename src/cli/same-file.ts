import { fstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { UsageError } from "./errors.js";

/** A file given on the command line and what the command reads it for (`the students file`). */
export interface InputFile {
  file: string;
  role: string;
}

/*
 * What makes two names one file: device and inode when the file exists (through symlinks, `./`,
 * `..` and hard links alike), else the real path of its folder and its name, which is what
 * opening it for writing would create.
 */
function identity(file: string): string {
  try {
    const stats = statSync(file);
    return `inode ${stats.dev}:${stats.ino}`;
  } catch {
    try {
      return `path ${resolve(realpathSync(dirname(file)), basename(file))}`;
    } catch {
      return `path ${resolve(file)}`;
    }
  }
}

function stdinIdentity(): string | undefined {
  try {
    const stats = fstatSync(0);
    return stats.isFile() ? `inode ${stats.dev}:${stats.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `-o FILE` must not name a file the command reads: opening it for writing would empty it before
 * it is read. Checked before anything is read or written; `-` (standard input or output) is only
 * compared when standard input is a regular file (`< students.ndjson`).
 */
export function refuseOutputOverInput(command: string, output: string | undefined, inputs: readonly InputFile[]): void {
  if (output === undefined || output === "-") return;
  const target = identity(output);
  for (const { file, role } of inputs) {
    const same = file === "-" ? stdinIdentity() === target : identity(file) === target;
    if (same) {
      const what = file === "-" ? `standard input, ${role}` : `${role} ${JSON.stringify(file)}`;
      throw new UsageError(`--output ${JSON.stringify(output)} is ${what}: writing it would destroy the input`, command);
    }
  }
}
