/*
 * How many worker threads `evaluate` starts without --jobs. Each worker costs a start and a JIT
 * warm-up of its own (about 0.4 s of CPU each, measured on the district), which only pays when
 * it has enough students to evaluate: on two cores, 2,000 students (13 MB) ran slower with
 * two workers than with none, 5,000 (33 MB) ran 1.5 × faster (docs/cli.md, "Workers").
 */

/** Input a default worker is given at least. */
export const BYTES_PER_WORKER = 16 * 1024 * 1024;

/**
 * One worker per 16 MB of a regular file, up to the number of cores; evaluating in the main
 * thread (1) when that is fewer than two, and for standard input or a pipe, whose size is unknown.
 */
export function defaultJobs(regularFileBytes: number | undefined, cores: number): number {
  if (regularFileBytes === undefined) return 1;
  const jobs = Math.min(cores, Math.floor(regularFileBytes / BYTES_PER_WORKER));
  return jobs >= 2 ? jobs : 1;
}
