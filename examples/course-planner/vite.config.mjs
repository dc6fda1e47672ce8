// Vite config of the course-planner page. Run from the repository root:
//   vite --config examples/course-planner/vite.config.mjs          (dev server)
//   vite build --config examples/course-planner/vite.config.mjs    (→ examples/course-planner/dist)
// The page imports the library by its package name, `program-criteria`: Vite resolves the
// repository's own package exports, so build the library (`npm run build`) first.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { loadStudent, STUDENT_ID } from "./student.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const VIRTUAL_STUDENT = "virtual:planner-student";

/** `import student from "virtual:planner-student"`: the one student record, picked at build time. */
function plannerStudent() {
  return {
    name: "planner-student",
    resolveId(id) {
      return id === VIRTUAL_STUDENT ? `\0${VIRTUAL_STUDENT}` : undefined;
    },
    load(id) {
      if (id !== `\0${VIRTUAL_STUDENT}`) return undefined;
      this.addWatchFile(fileURLToPath(new URL("../district/students.ndjson", import.meta.url)));
      return `export default ${JSON.stringify(loadStudent(STUDENT_ID))};`;
    },
  };
}

export default defineConfig({
  root: here,
  base: "./",
  plugins: [plannerStudent()],
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
