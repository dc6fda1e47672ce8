import { describe, expect, it } from "vitest";
import { caretExcerpt, escapeControls } from "../../src/errors/index.js";

describe("escapeControls", () => {
  it("escapes C0 controls but tab and line feed, DEL and C1 controls", () => {
    expect(escapeControls("a\u0000b\u0007c\rd\u001be\u007ff\u0085g\u009fh")).toBe(
      "a\\u0000b\\u0007c\\u000dd\\u001be\\u007ff\\u0085g\\u009fh",
    );
  });

  it("keeps tabs, line feeds and every printable character, and is idempotent", () => {
    const text = "line 1\tcol\nline 2: é ✔ 😀 \u00a0 \u2028";
    expect(escapeControls(text)).toBe(text);
    expect(escapeControls(escapeControls("\u0000"))).toBe("\\u0000");
  });
});

describe("caretExcerpt with control characters", () => {
  it("shows them escaped and keeps the caret under the problem", () => {
    expect(caretExcerpt("A\u0000B $", 1, 5, 1)).toBe("A\\u0000B $\n         ^");
  });

  it("underlines an escaped character across its escape", () => {
    expect(caretExcerpt("AND \u0001", 1, 5, 1)).toBe("AND \\u0001\n    ^^^^^^");
  });

  it("keeps tabs before the caret", () => {
    expect(caretExcerpt("\tA\u0002 B", 1, 5, 1)).toBe(`\tA\\u0002 B\n\t${" ".repeat(8)}^`);
  });
});
