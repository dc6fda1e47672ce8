import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: `program-criteria` (everything), `program-criteria/runtime` (evaluates
    // programs compiled ahead of time; no parser, no zod) and `program-criteria/ed-fi` (the Ed-Fi
    // adapter; neither other entry reaches it).
    entry: { index: "src/index.ts", runtime: "src/runtime.ts", "ed-fi": "src/ed-fi.ts" },
    format: ["esm", "cjs"],
    dts: true,
    target: "es2022",
    clean: true,
    sourcemap: false,
    splitting: false,
  },
  {
    // The command-line tool (package.json "bin"); ESM only, it is run, not imported. Its
    // dependencies are bundled in: loading chevrotain's many lodash-es files cost half a second
    // per start, which a nightly job pays per worker thread. Bundled CJS (cli-progress) needs a
    // `require` for Node's built-in modules.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    noExternal: [/.*/],
    dts: false,
    target: "es2022",
    clean: false,
    sourcemap: false,
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
    },
  },
]);
