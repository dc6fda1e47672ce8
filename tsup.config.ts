import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  target: "es2022",
  clean: true,
  sourcemap: false,
  // Keep our error class names stable for consumers that check `error.name`.
  keepNames: true,
});
