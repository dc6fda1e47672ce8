import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { license: string; bin: Record<string, string> };

describe("the packed package", () => {
  it("ships the command-line tool and the LICENSE its license field names", () => {
    // --ignore-scripts: the file list is what is tested, not another build.
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
    ) as { files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toContain("LICENSE");
    expect(files).toContain(packageJson.bin["program-criteria"]!.replace(/^\.\//, ""));
  });

  it("LICENSE is the MIT license of package.json, copyright the contributors, 2026", () => {
    const license = readFileSync(new URL("LICENSE", root), "utf8");
    expect(packageJson.license).toBe("MIT");
    expect(license.split("\n")[0]).toBe("MIT License");
    expect(license).toContain("Copyright (c) 2026 program-criteria contributors");
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});
