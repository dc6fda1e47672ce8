import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: `program-criteria` (everything) and `program-criteria/runtime` (evaluates
    // programs compiled ahead of time; no parser, no zod).
    entry: { index: "src/index.ts", runtime: "src/runtime.ts" },
    format: ["esm", "cjs"],
    dts: true,
    target: "es2022",
    clean: true,
    sourcemap: false,
    splitting: false,
  },
  {
    // The command-line tool (package.json "bin"); ESM only, it is run, not imported.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    target: "es2022",
    clean: false,
    sourcemap: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
