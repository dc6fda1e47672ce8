import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/*
 * The built package, loaded the way consumers load it: by its name, through the exports map, from
 * ESM and from CommonJS (Node's require(esm) of chevrotain). The test command builds first.
 */

const definition = readFileSync(new URL("../../examples/district/program.json", import.meta.url), "utf8");
const programs = readFileSync(new URL("../../examples/district/programs.json", import.meta.url), "utf8");
const student = readFileSync(new URL("../../examples/district/students.ndjson", import.meta.url), "utf8").split("\n")[3]!;

function run(code: string, type: "module" | "commonjs"): string {
  return execFileSync(process.execPath, [`--input-type=${type}`, "-e", code], {
    encoding: "utf8",
    env: { ...process.env, DEFINITION: definition, PROGRAMS: programs, STUDENT: student },
  }).trim();
}

const body = (lib: string, runtime: string) => `
  const definition = JSON.parse(process.env.DEFINITION);
  const programs = JSON.parse(process.env.PROGRAMS);
  const student = JSON.parse(process.env.STUDENT);
  const compiled = ${lib}.compileProgram(definition, { programs });
  const full = ${lib}.evaluateProgress(compiled, student);
  const shipped = JSON.parse(JSON.stringify(compiled));
  const lean = ${runtime}.evaluateProgress(shipped, student);
  let name = "";
  try { ${lib}.parseExpression("A ANDD B"); } catch (e) { name = e.name + ":" + ${lib}.ExpressionSyntaxError.is(e); }
  console.log(JSON.stringify({ same: JSON.stringify(full) === JSON.stringify(lean), status: full.status, name }));
`;

describe("the built package", () => {
  it("works from ESM, and the runtime entry gives the same report from the JSON artefact", () => {
    const out = run(
      `import * as lib from "program-criteria"; import * as runtime from "program-criteria/runtime"; ${body("lib", "runtime")}`,
      "module",
    );
    expect(JSON.parse(out)).toMatchObject({ same: true, name: "ExpressionSyntaxError:true" });
  });

  it("works from CommonJS", () => {
    const out = run(
      `const lib = require("program-criteria"); const runtime = require("program-criteria/runtime"); ${body("lib", "runtime")}`,
      "commonjs",
    );
    expect(JSON.parse(out)).toMatchObject({ same: true, name: "ExpressionSyntaxError:true" });
  });

  it("errors from the ESM and CJS copies recognise each other", () => {
    const out = run(
      `import { createRequire } from "node:module";
       import { StudentRecordError } from "program-criteria";
       const cjs = createRequire(import.meta.url)("program-criteria");
       let error; try { cjs.evaluateProgress(cjs.compileProgram(JSON.parse(process.env.DEFINITION), { programs: JSON.parse(process.env.PROGRAMS) }), { transcript: [{}] }); } catch (e) { error = e; }
       console.log(JSON.stringify({ is: StudentRecordError.is(error), instance: error instanceof StudentRecordError }));`,
      "module",
    );
    expect(JSON.parse(out)).toEqual({ is: true, instance: false });
  });

  it("ships the JSON Schema files", () => {
    const out = run(
      `import { createRequire } from "node:module";
       const schema = createRequire(import.meta.url)("program-criteria/schema/student-record.schema.json");
       console.log(schema.title);`,
      "module",
    );
    expect(out).toBe("Student record");
  });

  it("the runtime entry loads neither the parser nor zod", () => {
    const runtime = readFileSync(new URL("../../dist/runtime.js", import.meta.url), "utf8");
    expect(runtime).not.toMatch(/from ["']chevrotain["']/);
    expect(runtime).not.toMatch(/from ["']zod/);
  });
});
