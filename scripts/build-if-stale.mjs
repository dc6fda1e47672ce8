#!/usr/bin/env node
// Builds the package (`npm run build`) unless dist/ is already newer than everything it is built
// from. `npm ci` builds once (the `prepare` script); `npm start`, `npm test` and the example
// scripts then start at once instead of spending 15–20 s on the same build again.
//
//   node scripts/build-if-stale.mjs          build when stale, else say why not
//
// Stale means: an output is missing, or an input changed after the oldest output was written.
// Inputs: src/**, tsup.config.ts, tsconfig.json, package.json, package-lock.json (the CLI bundles
// its dependencies) and docs/schema/*.json (copied into dist/schema/). `npm run build` itself
// always builds.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const at = (...parts) => join(ROOT, ...parts);

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const schemas = existsSync(at("docs", "schema"))
  ? readdirSync(at("docs", "schema")).filter((name) => name.endsWith(".json"))
  : [];

const inputs = [
  ...filesUnder(at("src")),
  ...["tsup.config.ts", "tsconfig.json", "package.json", "package-lock.json"].map((file) => at(file)).filter(existsSync),
  ...schemas.map((name) => at("docs", "schema", name)),
];

// What `npm run build` writes (tsup's entries and the schema copies).
const outputs = [
  ...["index", "runtime", "ed-fi"].flatMap((entry) => [".js", ".cjs", ".d.ts", ".d.cts"].map((ext) => at("dist", entry + ext))),
  at("dist", "cli.js"),
  ...schemas.map((name) => at("dist", "schema", name)),
];

/** Why a build is needed, or undefined when dist/ is current. */
function staleness() {
  const missing = outputs.find((file) => !existsSync(file));
  if (missing !== undefined) return `${relative(ROOT, missing)} is missing`;
  const oldest = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const changed = inputs.find((file) => statSync(file).mtimeMs > oldest);
  return changed === undefined ? undefined : `${relative(ROOT, changed)} changed since the last build`;
}

const reason = staleness();
if (reason === undefined) {
  console.error("dist/ is up to date (skipping the build; `npm run build` forces one)");
} else {
  console.error(`building: ${reason}`);
  const npm = process.env["npm_execpath"];
  // Run through the npm that runs this script when there is one, so the same npm and node build.
  const result = npm
    ? spawnSync(process.execPath, [npm, "run", "build"], { cwd: ROOT, stdio: "inherit" })
    : spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (result.error) {
    console.error(`cannot run the build: ${result.error.message}`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}
