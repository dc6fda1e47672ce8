/*
 * Issue paths name array elements by position (`criteria.11.requirements.0`); an administrator
 * knows them by id. Printed paths walk the definition along the path and write an element of a
 * list as `[ID]` when it is an object with a plain, unique string `id`
 * (`criteria[MATH].requirements[ALG1].programs.0`). `issues[].path` itself is left as it is.
 */

// The ids an expression can name (DESIGN.md §5), which print unambiguously between brackets.
const PLAIN_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;

type Segment = string | number;

function idOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" && PLAIN_ID.test(id) ? id : undefined;
}

/** `[ID]` for an element whose id no sibling shares, else undefined (the index is printed). */
export function elementName(list: readonly unknown[], index: number): string | undefined {
  const id = idOf(list[index]);
  if (id === undefined) return undefined;
  for (let i = 0; i < list.length; i++) if (i !== index && idOf(list[i]) === id) return undefined;
  return `[${id}]`;
}

function child(value: unknown, segment: Segment): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  if (Array.isArray(value)) return typeof segment === "number" ? value[segment] : undefined;
  return Object.hasOwn(value, segment) ? (value as Record<string, unknown>)[segment] : undefined;
}

/**
 * The path as printed, from `value` (the definition the path starts in). `first` is the name of
 * the definition itself when it is an element of a file's array (`[SEAL]` or `2`), printed first.
 */
export function describeDefinitionPath(value: unknown, path: readonly Segment[], first?: string): string {
  let text = first ?? "";
  let at = value;
  for (const segment of path) {
    const name = Array.isArray(at) && typeof segment === "number" ? elementName(at, segment) : undefined;
    text += name ?? (text === "" ? String(segment) : `.${segment}`);
    at = child(at, segment);
  }
  return text === "" ? "(root)" : text;
}
