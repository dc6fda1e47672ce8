import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Application } from "typedoc";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("docs/api (TypeDoc)", () => {
  it("is current and every export is documented (regenerate: npm run docs:api)", async () => {
    const out = mkdtempSync(join(tmpdir(), "api-"));
    try {
      const app = await Application.bootstrapWithPlugins({ options: "typedoc.json", out, logLevel: "Warn" });
      const project = await app.convert();
      expect(project, "TypeDoc converts the entry points").toBeDefined();
      app.validate(project!);
      expect(app.logger.hasErrors() || app.logger.hasWarnings(), "TypeDoc validation is clean").toBe(false);
      await app.generateOutputs(project!);
      const committed = files("docs/api").map((f) => relative("docs/api", f)).sort();
      const generated = files(out).map((f) => relative(out, f)).sort();
      expect(committed).toEqual(generated);
      for (const file of generated) {
        expect(readFileSync(join("docs/api", file), "utf8"), file).toBe(readFileSync(join(out, file), "utf8"));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
