import { describe, expect, it } from "vitest";
import { BYTES_PER_WORKER, defaultJobs } from "../../src/cli/jobs.js";

const MB = 1024 * 1024;

describe("the default number of jobs", () => {
  it("is 1 for standard input and pipes, whose size is unknown", () => {
    expect(defaultJobs(undefined, 8)).toBe(1);
  });

  it("is 1 for files too small for two workers to pay off", () => {
    expect(defaultJobs(0, 8)).toBe(1);
    expect(defaultJobs(13 * MB, 2)).toBe(1); // 2,000 district students: workers were slower
    expect(defaultJobs(2 * BYTES_PER_WORKER - 1, 8)).toBe(1);
  });

  it("gives a worker per 16 MB of a regular file, up to the number of cores", () => {
    expect(defaultJobs(2 * BYTES_PER_WORKER, 8)).toBe(2);
    expect(defaultJobs(33 * MB, 2)).toBe(2); // 5,000 district students
    expect(defaultJobs(132 * MB, 2)).toBe(2);
    expect(defaultJobs(132 * MB, 64)).toBe(8);
    expect(defaultJobs(10_000 * MB, 4)).toBe(4);
  });

  it("never exceeds one job on one core", () => {
    expect(defaultJobs(10_000 * MB, 1)).toBe(1);
  });
});
