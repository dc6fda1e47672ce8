import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/*
 * `program-criteria/ed-fi` is its own entry: neither the core nor the runtime entry reaches it, so
 * their bundle budgets do not move, and it loads from ESM and CommonJS through the exports map.
 */

const MARKERS = ["studentTranscriptComposites", "passedFromCutScore", "courseAttemptResultDescriptor"];

describe("the ed-fi entry", () => {
  it.each(["src/index.ts", "src/runtime.ts"])("no src/ed-fi/ module is in the bundle of %s", async (entry) => {
    const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: "esm", platform: "browser", logLevel: "error" });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.filter((file) => file.includes("src/ed-fi"))).toEqual([]);
    expect(Object.keys((await build({ entryPoints: ["src/ed-fi.ts"], bundle: true, write: false, metafile: true, logLevel: "error" })).metafile.inputs)).toContain("src/ed-fi/from-ed-fi.ts");
  });

  it.each(["dist/index.js", "dist/index.cjs", "dist/runtime.js", "dist/runtime.cjs"])("the built %s holds none of the adapter's code", (file) => {
    const code = readFileSync(file, "utf8");
    for (const marker of MARKERS) expect(code.includes(marker), marker).toBe(false);
    expect(readFileSync("dist/ed-fi.js", "utf8")).toContain(MARKERS[0]);
  });

  it("loads by name from ESM and CommonJS, and its errors are the project's", () => {
    const body = `
      const { students, warnings } = lib.fromEdFi({ courseTranscripts: [] }, { asOf: "2022-06-30" });
      let name = ""; try { lib.fromEdFi({ courses: {} }); } catch (e) { name = e.name + ":" + lib.StudentRecordError.is(e); }
      console.log(JSON.stringify({ students, warnings, name, plan: typeof lib.graduationPlanToProgram }));`;
    const run = (code: string, type: string) => JSON.parse(execFileSync(process.execPath, [`--input-type=${type}`, "-e", code], { encoding: "utf8" }));
    const expected = { students: [], warnings: [], name: "StudentRecordError:true", plan: "function" };
    expect(run(`import * as lib from "program-criteria/ed-fi"; ${body}`, "module")).toEqual(expected);
    expect(run(`const lib = require("program-criteria/ed-fi"); ${body}`, "commonjs")).toEqual(expected);
  });
});
