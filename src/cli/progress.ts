import cliProgress from "cli-progress";

/** Progress of a batch run; `log` prints a line without tearing the bar. */
export interface Progress {
  /** Records handled so far: students evaluated plus lines skipped, so the bar reaches its total. */
  update(records: number): void;
  log(text: string): void;
  stop(): void;
}

/*
 * The bar is only for people watching a terminal: when stderr is a file or pipe (CI logs, cron)
 * nothing but the final summary is written, so logs stay one line per event.
 */
export function startProgress(total: number | undefined, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return { update: () => {}, log: (text) => stream.write(`${text}\n`), stop: () => {} };
  }
  const started = Date.now();
  const known = total !== undefined && total > 0;
  const multi = new cliProgress.MultiBar(
    {
      stream,
      format: known
        ? "{bar} {percentage}% | {value}/{total} records | {rate} records/s | ETA {eta_formatted}"
        : "{value} records | {rate} records/s | {duration_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(known ? total : 0, 0, { rate: 0 });
  return {
    update(records) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(records, { rate: seconds > 0 ? Math.round(records / seconds) : 0 });
    },
    log: (text) => multi.log(`${text}\n`),
    stop() {
      // Lines logged since the last redraw wait in cli-progress's buffer; a last redraw prints them.
      multi.update();
      multi.stop();
    },
  };
}
