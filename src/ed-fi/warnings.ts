/**
 * One mapping decision that lost or guessed information, named by where it came from: the Ed-Fi
 * resource (`courseTranscripts`), the entry's index in that resource's array, and the field inside
 * the entry as a dotted path (`scoreResults.1.result`). `index` and `field` are null when the
 * warning concerns the resource as a whole.
 */
export interface EdFiWarning {
  /** A stable code, such as `passedFromCutScore` (every code is listed in docs/ed-fi.md). */
  code: string;
  /** A sentence an administrator understands, naming the value and what was done with it. */
  message: string;
  /** The Ed-Fi API resource name the value came from. */
  resource: string;
  /** The entry's position in that resource's array. */
  index: number | null;
  /** The field inside the entry, as a dotted path. */
  field: string | null;
}

/** Where an entry came from; `prefix` places a nested entry (a composite's records) inside its resource entry. */
export interface Source {
  resource: string;
  index: number;
  prefix: string;
}

/** The warnings of one conversion, and the keys of those given only once per conversion. */
export interface Warnings {
  list: EdFiWarning[];
  given: Set<string>;
}

export function newWarnings(): Warnings {
  return { list: [], given: new Set() };
}

export function fieldOf(source: Source, field: string): string {
  return source.prefix === "" ? field : field === "" ? source.prefix : `${source.prefix}.${field}`;
}

/** A warning at a field of an entry (`index` -1 and field "" for the resource as a whole). */
export function warn(warnings: Warnings, code: string, message: string, source: Source, field: string): void {
  const path = fieldOf(source, field);
  warnings.list.push({ code, message, resource: source.resource, index: source.index < 0 ? null : source.index, field: path === "" ? null : path });
}

/** A warning about a value that recurs (a descriptor, a course): given at its first occurrence only. */
export function warnOnce(warnings: Warnings, key: string, code: string, message: string, source: Source, field: string): void {
  const full = `${code}\u0000${key}`;
  if (warnings.given.has(full)) return;
  warnings.given.add(full);
  warn(warnings, code, message, source, field);
}

/** `"x"` for messages; long values are cut. */
export function quote(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
