/*
 * Exit codes follow BSD sysexits where one fits, so scripts can tell a usage mistake (64) from a
 * bad input (1), a batch that finished with skipped lines (2) and a bug in the tool (70).
 */
export const EXIT = {
  ok: 0,
  invalidInput: 1,
  skippedLines: 2,
  usage: 64,
  internal: 70,
} as const;

/** A problem the user can fix (a missing file, invalid JSON, an invalid definition): no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.invalidInput,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** The command line itself is wrong; the command's usage is printed with the message. */
export class UsageError extends CliError {
  constructor(
    message: string,
    readonly command: string | undefined,
  ) {
    super(message, EXIT.usage);
    this.name = "UsageError";
  }
}
