import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fastReaderSource } from "../../src/shape/fast-reader-source.js";
import { STUDENT_FAST_READERS } from "../../src/student/fast-readers.spec.js";

describe("src/student/fast-readers.ts", () => {
  it("is what the shape declarations generate (regenerate: npm run shapes)", () => {
    expect(readFileSync(STUDENT_FAST_READERS.target, "utf8")).toBe(fastReaderSource(STUDENT_FAST_READERS));
  });
});
