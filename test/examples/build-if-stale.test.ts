import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { scripts: Record<string, string> };

/*
 * A stand-in project: the real script, and a `build` that writes what tsup and the schema copy
 * write, logging each run. The real build takes 15–20 s; what is tested is the decision.
 */
const dir = mkdtempSync(join(tmpdir(), "build-if-stale-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (...parts: string[]) => join(dir, ...parts);
mkdirSync(at("scripts"));
mkdirSync(at("src", "cli"), { recursive: true });
mkdirSync(at("docs", "schema"), { recursive: true });
copyFileSync(new URL("scripts/build-if-stale.mjs", root), at("scripts", "build-if-stale.mjs"));
writeFileSync(at("package.json"), JSON.stringify({ name: "stand-in", private: true, scripts: { build: "node build.mjs" } }));
writeFileSync(at("tsup.config.ts"), "");
writeFileSync(at("src", "cli", "main.ts"), "");
writeFileSync(at("docs", "schema", "program.json"), "{}");
writeFileSync(
  at("build.mjs"),
  `import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
mkdirSync("dist/schema", { recursive: true });
for (const entry of ["index", "runtime", "ed-fi"]) for (const ext of [".js", ".cjs", ".d.ts", ".d.cts"]) writeFileSync("dist/" + entry + ext, "");
writeFileSync("dist/cli.js", "");
for (const name of readdirSync("docs/schema")) writeFileSync("dist/schema/" + name, "{}");
appendFileSync("build.log", "built\\n");`,
);

const run = () => spawnSync(process.execPath, ["scripts/build-if-stale.mjs"], { cwd: dir, encoding: "utf8" });
const builds = () => readFileSync(at("build.log"), "utf8").split("\n").filter(Boolean).length;
const setTime = (file: string, secondsFromNow: number) => {
  const time = new Date(Date.now() + secondsFromNow * 1000);
  utimesSync(file, time, time);
};
const INPUTS = [at("src", "cli", "main.ts"), at("tsup.config.ts"), at("package.json"), at("docs", "schema", "program.json")];

describe("scripts/build-if-stale.mjs", () => {
  it("builds when dist/ is missing (a clean clone)", () => {
    const r = run();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("building: dist/index.js is missing");
    expect(builds()).toBe(1);
  });

  it("skips a build that is current", () => {
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("dist/ is up to date");
    expect(builds()).toBe(1);
  });

  it("builds again when a source, the tsup config or the package changes, or a schema is added", () => {
    // Every input an hour old; each one in turn is changed, rebuilt, and made old again.
    for (const file of INPUTS) setTime(file, -3600);
    for (const [file, expected] of [
      [at("src", "cli", "main.ts"), "src/cli/main.ts changed since the last build"],
      [at("tsup.config.ts"), "tsup.config.ts changed since the last build"],
      [at("package.json"), "package.json changed since the last build"],
    ] as const) {
      const before = builds();
      setTime(file, 5);
      expect(run().stderr).toContain(`building: ${expected}`);
      expect(builds()).toBe(before + 1);
      setTime(file, -3600);
      expect(run().stderr).toContain("dist/ is up to date");
    }
    writeFileSync(at("docs", "schema", "student.json"), "{}");
    expect(run().stderr).toContain("building: dist/schema/student.json is missing");
  });

  it("fails when the build fails", () => {
    writeFileSync(at("build.mjs"), "process.exit(3);");
    rmSync(at("dist", "cli.js"));
    expect(run().status).not.toBe(0);
  });
});

describe("package.json scripts", () => {
  it("build once: prepare, prestart, pretest and the examples skip a current build; `build` always builds", () => {
    const check = "node scripts/build-if-stale.mjs";
    expect(packageJson.scripts["prepare"]).toBe(check);
    expect(packageJson.scripts["prestart"]).toBe(check);
    expect(packageJson.scripts["pretest"]).toBe(check);
    for (const name of ["example:sis-batch", "planner:build", "planner:dev"]) expect(packageJson.scripts[name]).toMatch(/^node scripts\/build-if-stale\.mjs && /);
    expect(packageJson.scripts["build"]).toMatch(/^tsup /);
  });
});
