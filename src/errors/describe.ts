/** How a value is named in a message: `"done"`, `5`, `null`, `a list`, `an object`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "object") {
    // Array.isArray throws on a revoked Proxy: a message must never fail to be written.
    try {
      return Array.isArray(value) ? "a list" : "an object";
    } catch {
      return "an object that cannot be read";
    }
  }
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "bigint") return `${value}n`;
  return String(value);
}

/** `"a", "b" or "c"`. */
export function quoteList(values: readonly unknown[]): string {
  const words = values.map((v) => JSON.stringify(v));
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}
