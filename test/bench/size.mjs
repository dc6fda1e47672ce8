// `npm run size`: the browser bundle of each package entry, as a consumer's bundler would build it
// (esbuild --bundle --minify, browser platform), gzipped at level 9, against its budget.
// Needs the package built (`npm run build`); exits 1 when an entry is over budget.
// `--why` adds each package's share of the minified bundle.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

const entries = [
  { name: "program-criteria", budget: 90 * 1024 },
  { name: "program-criteria/runtime", budget: 30 * 1024 },
  { name: "program-criteria/ed-fi", budget: 30 * 1024 },
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
console.log("| entry | minified | gzip -9 | budget | |\n|---|---:|---:|---:|---|");
for (const { name, budget } of entries) {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  const gzipped = gzipSync(code, { level: 9 }).length;
  const ok = gzipped <= budget;
  failed ||= !ok;
  console.log(`| ${name} | ${kb(code.length)} | ${kb(gzipped)} | ${kb(budget)} | ${ok ? "ok" : "OVER BUDGET"} |`);
  if (process.argv.includes("--why")) {
    const inputs = Object.values(result.metafile.outputs)[0].inputs;
    const byPackage = new Map();
    for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
      const key = match === null ? "(program-criteria)" : match[1];
      byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
    }
    for (const [key, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) {
      console.log(`|   ${key} | ${kb(bytes)} | | | |`);
    }
  }
}
process.exit(failed ? 1 : 0);
