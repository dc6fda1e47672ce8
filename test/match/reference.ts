/*
 * An independent LIKE matcher for property tests: its own set parser and a dynamic programme over
 * pattern tokens × value characters. Slow (quadratic tables) and obviously correct is the point.
 */

type Token = { t: "any" } | { t: "one" } | { t: "test"; accepts: (c: string) => boolean };

/** The pattern's tokens, or the 0-based index of the `[` that makes it malformed. */
export function referenceTokens(pattern: string): Token[] | { malformedAt: number } {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "%") tokens.push({ t: "any" });
    else if (c === "_") tokens.push({ t: "one" });
    else if (c !== "[") tokens.push({ t: "test", accepts: (v) => v === c });
    else {
      const close = pattern.indexOf("]", i + 1);
      if (close === -1) return { malformedAt: i };
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith("^");
      if (negate) body = body.slice(1);
      if (body === "") return { malformedAt: i };
      const singles: string[] = [];
      const spans: [number, number][] = [];
      let k = 0;
      while (k < body.length) {
        const dashFollows = body.charAt(k + 1) === "-";
        const boundFollows = k + 2 < body.length;
        if (dashFollows && boundFollows) {
          spans.push([body.charCodeAt(k), body.charCodeAt(k + 2)]);
          k += 3;
        } else {
          singles.push(body.charAt(k));
          k += 1;
        }
      }
      const inside = (v: string): boolean =>
        singles.includes(v) || spans.some(([lo, hi]) => v.charCodeAt(0) >= lo && v.charCodeAt(0) <= hi);
      tokens.push({ t: "test", accepts: (v) => inside(v) !== negate });
      i = close;
    }
  }
  return tokens;
}

export function referenceMatch(pattern: string, value: string, caseSensitive: boolean): boolean | "malformed" {
  if (!Array.isArray(referenceTokens(pattern))) return "malformed";
  const p = caseSensitive ? pattern : pattern.toLowerCase();
  const v = caseSensitive ? value : value.toLowerCase();
  const tokens = referenceTokens(p);
  if (!Array.isArray(tokens)) return "malformed";
  // can[i][j]: the first i tokens match the first j characters.
  const can: boolean[][] = Array.from({ length: tokens.length + 1 }, () => new Array<boolean>(v.length + 1).fill(false));
  (can[0] as boolean[])[0] = true;
  for (let i = 1; i <= tokens.length; i++) {
    const token = tokens[i - 1] as Token;
    const row = can[i] as boolean[];
    const prev = can[i - 1] as boolean[];
    for (let j = 0; j <= v.length; j++) {
      if (token.t === "any") row[j] = prev[j] === true || (j > 0 && row[j - 1] === true);
      else if (j > 0 && prev[j - 1] === true) row[j] = token.t === "one" || token.accepts(v.charAt(j - 1));
    }
  }
  return (can[tokens.length] as boolean[])[v.length] === true;
}
