/*
 * Not timed: the premises of the bench's cold-path rows. The cold form of each profile gives the
 * statuses of the warm form, its course numbers are all new, and the filler patterns match no
 * bench course number, suffixed or not.
 */
import { describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress, matchWildcard } from "../../src/index.js";
import { coldProfiles, coldStudents, fillerPattern, pairKey } from "./cold.js";
import { benchStudents } from "./district.js";
import { reportStatuses, statusDiff } from "./statuses.js";

const N = 60;
const profiles = coldProfiles();
const warmStudents = benchStudents(N, 11);
const students = coldStudents(N, 11);

describe("cold-path profiles", () => {
  it("have the sizes the bench names: ≈ 40 patterns, 1,000 patterns, 1,000 requirements", () => {
    expect(profiles.map((p) => [p.patterns, p.requirements])).toEqual([
      [42, 25],
      [1000, 25],
      [1017, 1000],
    ]);
  });

  it("give the same statuses cold as warm", () => {
    for (const profile of profiles) {
      const warm = compileProgram(profile.warm);
      const cold = compileProgram(profile.cold);
      for (let i = 0; i < N; i++) {
        const diff = statusDiff(reportStatuses(evaluateProgress(warm, warmStudents[i])), reportStatuses(evaluateProgress(cold, students[i])));
        expect(diff, `${profile.name}, student ${i}`).toEqual([]);
      }
    }
  });

  it("make every course number new to each student", () => {
    const seen = new Map<string, number>();
    students.forEach((s, i) => {
      for (const r of s["transcript"] as Record<string, unknown>[]) {
        expect(seen.get(pairKey(r)) ?? i).toBe(i);
        seen.set(pairKey(r), i);
      }
    });
  });

  it("use fillers that match no bench course number", () => {
    const numbers = new Set<string>();
    for (const s of [...warmStudents, ...students]) for (const r of s["transcript"] as { courseNumber: string }[]) numbers.add(r.courseNumber);
    let seed = 1;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let n = 0; n < 500; n++) {
      const entry = fillerPattern(random);
      const pattern = entry.replace(/^!/, "");
      for (const number of numbers) expect(matchWildcard(pattern, number), `${entry} ~ ${number}`).toBe(false);
    }
  });
});
