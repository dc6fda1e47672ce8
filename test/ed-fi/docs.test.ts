import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/* docs/ed-fi.md documents every warning code the adapter can give, and no other. */

const SRC = new URL("../../src/ed-fi/", import.meta.url);
const docs = readFileSync(new URL("../../docs/ed-fi.md", import.meta.url), "utf8");

/** The codes of every `warn(` / `warnOnce(` call: the camelCase literals before the message. */
function warningCodes(): Set<string> {
  const found = new Set<string>();
  for (const file of readdirSync(SRC).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(new URL(file, SRC), "utf8");
    for (const call of text.matchAll(/\bwarn(?:Once)?\(/g)) {
      // String literals in order, up to the message (a template, or text with a space).
      for (const token of text.slice(call.index + call[0].length).matchAll(/"(?:[^"\\\n]|\\.)*"|`/g)) {
        if (token[0] === "`" || token[0].includes(" ")) break;
        if (/^"[a-z]+[A-Z][A-Za-z]*"$/.test(token[0])) found.add(token[0].slice(1, -1));
      }
    }
  }
  return found;
}

describe("docs/ed-fi.md", () => {
  it("documents every warning code", () => {
    const codes = warningCodes();
    expect(codes.size).toBeGreaterThan(60);
    for (const code of codes) expect(docs, code).toContain(`\`${code}\``);
  });

  it("documents no warning code the adapter does not give", () => {
    const table = docs.slice(docs.indexOf("## Warnings"), docs.indexOf("## Errors"));
    const documented = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]!);
    const codes = warningCodes();
    expect(documented.filter((code) => !codes.has(code))).toEqual([]);
  });
});
