import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the example scripts are plain JavaScript (Node 20 runs them directly), without types.
import { sisCatalogText } from "../../examples/district/sis-catalog.mjs";
import { CatalogSchema, lintProgram, previewProgram, type Catalog } from "../../src/index.js";

const dir = new URL("../../examples/district/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), "utf8");
const program = JSON.parse(read("program.json"));
const programs = JSON.parse(read("programs.json")) as unknown[];
const catalog = () => JSON.parse(read("sis-catalog.json")) as Catalog;

describe("examples/district/sis-catalog.json", () => {
  it("is what sis-catalog.mjs derives from catalog.json (regenerate: node examples/district/sis-catalog.mjs)", () => {
    expect(read("sis-catalog.json")).toBe(sisCatalogText());
  });

  it("is a catalog of DESIGN.md §13 and every program of the district lints clean against it", () => {
    expect(CatalogSchema.safeParse(catalog()).success).toBe(true);
    expect(lintProgram(program, catalog(), { programs })).toEqual([]);
    programs.forEach((p, i) => expect(lintProgram(p, catalog(), { programs: programs.filter((_, k) => k !== i) })).toEqual([]));
  });

  it("a renumbered course breaks the program, and lint says where", () => {
    // The district renumbers Health (HHS101 → HLT101) in the SIS, but not in the program.
    const broken = catalog();
    const health = broken.courses.find((c) => c.courseNumber.startsWith("HHS"))!;
    health.courseNumber = `HLT${health.courseNumber.slice(3)}`;
    const findings = lintProgram(program, broken, { programs });
    const at = program.criteria.findIndex((c: { id: string }) => c.id === "PE_HEALTH");
    const req = program.criteria[at].requirements.findIndex((r: { id: string }) => r.id === "HEALTH");
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ["deadPattern", "warning", ["criteria", at, "requirements", req, "courses", 0]],
      ["unreachable", "error", ["criteria", at, "requirements", req]],
    ]);
    expect(findings[0]!.message).toContain('the pattern "HHS%" in courses matches no course number in the catalog');
    expect(previewProgram(program, broken, { programs }).requirements.find((r) => r.id === "HEALTH")!.courses).toEqual([]);
  });
});
