import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderDiagramHtml } from "../../grammar/diagram.js";
import { expressionParser } from "../../src/expression/parser.js";
import { allTokens } from "../../src/expression/tokens.js";

const read = (name: string) => readFileSync(new URL(`../../grammar/${name}`, import.meta.url), "utf8");

const ebnf = read("expression.ebnf").replace(/\(\*[\s\S]*?\*\)/g, "");
const definitions = [...ebnf.matchAll(/^\s*([A-Za-z]+)\s*::=/gm)].map((match) => match[1] ?? "");
const isTokenName = (name: string) => name === name.toUpperCase();
const parserRules = Object.keys(expressionParser.getGAstProductions());

describe("grammar/expression.ebnf", () => {
  it("defines exactly the parser's rules", () => {
    expect(definitions.filter((name) => !isTokenName(name)).sort()).toEqual([...parserRules].sort());
  });

  it("defines each named token the lexer has", () => {
    const named = allTokens.map((token) => token.name.toUpperCase()).filter((name) => ebnf.includes(name));
    expect(definitions.filter(isTokenName).sort()).toEqual(named.sort());
  });

  it("uses only names it defines", () => {
    const body = ebnf.replace(/"[^"]*"|\[[^\]]*-[^\]]*\]/g, "");
    const used = new Set(body.match(/\b[A-Za-z][A-Za-z]*\b/g) ?? []);
    for (const name of used) expect(definitions, `${name} is used but not defined`).toContain(name);
  });
});

describe("grammar/expression.html", () => {
  it("is what `npm run grammar` generates from the parser today", () => {
    const committed = read("expression.html");
    expect(committed === renderDiagramHtml(), "grammar/expression.html is stale: run `npm run grammar`").toBe(true);
  });

  it("works offline: no script or stylesheet is loaded from elsewhere", () => {
    const committed = read("expression.html");
    expect(committed).not.toMatch(/<script[^>]+src=/);
    expect(committed).not.toMatch(/<link[^>]+href=/);
    expect(committed).toContain("serializedGrammar");
  });
});
