import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

describe.concurrent("help, version and usage errors", () => {
  it("-h describes the tool", async () => {
    const r = await runCli(["-h"]);
    expect(r.stdout).toMatch(/^Usage: program-criteria <command>/);
    expect(r.stdout).toContain("evaluate");
    expect(r.status).toBe(0);
  });

  it.each(["check", "evaluate", "explain"])("%s --help describes the command", async (command) => {
    const r = await runCli([command, "--help"]);
    expect(r.stdout).toMatch(new RegExp(`^Usage: program-criteria ${command} `));
    expect(r.stdout).toContain("Exit codes:");
    expect(r.status).toBe(0);
  });

  it("help <command> is <command> --help", async () => {
    const [help, flag] = await Promise.all([runCli(["help", "evaluate"]), runCli(["evaluate", "-h"])]);
    expect(help.stdout).toBe(flag.stdout);
  });

  it("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect((await runCli(["--version"])).stdout).toBe(`${version}\n`);
  });

  it("an unknown command, an unknown option or no command is a usage error: exit 64, no stack trace", async () => {
    const results = await Promise.all([["frobnicate"], ["--frobnicate"], [], ["check", "--nope", "x.json"]].map((args) => runCli(args)));
    for (const r of results) {
      expect(r.status).toBe(64);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^program-criteria: .*\nUsage: program-criteria .*\nRun `program-criteria .*--help` for more\.\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
