// Vite config of the course-planner page. Run from the repository root:
//   vite --config examples/course-planner/vite.config.mjs          (dev server)
//   vite build --config examples/course-planner/vite.config.mjs    (→ examples/course-planner/dist)
// The page imports the library's runtime entry by its package name, `program-criteria/runtime`, and
// this config compiles the program with the full entry, in Node: Vite resolves the repository's own
// package exports, so build the library (`npm run build`) first.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileProgram } from "program-criteria";
import { defineConfig } from "vite";
import { loadStudent, STUDENT_ID } from "./student.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const VIRTUAL_STUDENT = "virtual:planner-student";
const VIRTUAL_PROGRAM = "virtual:planner-program";
const district = (file) => fileURLToPath(new URL(`../district/${file}`, import.meta.url));

/**
 * A module `id` whose source is `export default <value()>`, computed at build time from `files`
 * (watched, so the dev server rebuilds when they change).
 */
function virtualModule(id, files, value) {
  return {
    name: id.replace("virtual:", ""),
    resolveId: (requested) => (requested === id ? `\0${id}` : undefined),
    load(requested) {
      if (requested !== `\0${id}`) return undefined;
      for (const file of files) this.addWatchFile(file);
      return `export default ${JSON.stringify(value())};`;
    },
  };
}

/**
 * `import artefact from "virtual:planner-program"`: the district's program compiled at build time
 * (`compileProgram(...).toJSON()`, DESIGN.md Part II), so the page needs only the runtime entry.
 * Built from the definitions on every build, it is never stale and never committed.
 */
const plannerProgram = () =>
  virtualModule(VIRTUAL_PROGRAM, [district("program.json"), district("programs.json")], () => {
    const [program, programs] = ["program.json", "programs.json"].map((file) => JSON.parse(readFileSync(district(file), "utf8")));
    return compileProgram(program, { programs }).toJSON();
  });

/** `import student from "virtual:planner-student"`: the one student record, picked at build time. */
const plannerStudent = () => virtualModule(VIRTUAL_STUDENT, [district("students.ndjson")], () => loadStudent(STUDENT_ID));

export default defineConfig({
  root: here,
  base: "./",
  plugins: [plannerStudent(), plannerProgram()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place ("contains an annotation that Rollup cannot
        // interpret"): harmless, and not ours to fix.
        if (warning.code === "INVALID_ANNOTATION" && /node_modules/.test(warning.id ?? "")) return;
        warn(warning);
      },
    },
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  clearScreen: false,
});
