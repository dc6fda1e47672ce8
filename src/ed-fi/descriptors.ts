import { quote, warnOnce, type Source, type Warnings } from "./warnings.js";

/*
 * Ed-Fi descriptors are namespaced URIs (`uri://ed-fi.org/CourseAttemptResultDescriptor#Pass`);
 * states publish their own namespaces and code values. Tables are keyed by full URI. A value not in
 * a table is looked up once more as the Ed-Fi default URI with the same descriptor and code value
 * (`uri://tea.texas.gov/…#Pass` → `uri://ed-fi.org/…#Pass`), and that reading is reported once.
 */

export function edFi(descriptor: string, code: string): string {
  return `uri://ed-fi.org/${descriptor}#${code}`;
}

/** The code value: the text after the last `#` (a bare code value is returned as it is). */
export function codeOf(value: string): string {
  const at = value.lastIndexOf("#");
  return at < 0 ? value : value.slice(at + 1);
}

/** The Ed-Fi defaults, with the district's own entries over them (own properties only). */
export function table<V>(defaults: readonly (readonly [string, V])[], own: Readonly<Record<string, V>> | undefined): Map<string, V> {
  const map = new Map<string, V>(defaults);
  if (own !== undefined) for (const [key, value] of Object.entries(own)) map.set(key, value);
  return map;
}

/** The defaults for a descriptor, given as code values. */
export function defaults<V>(descriptor: string, entries: readonly (readonly [string, V])[]): [string, V][] {
  return entries.map(([code, value]) => [edFi(descriptor, code), value]);
}

export function lookup<V>(
  warnings: Warnings,
  map: ReadonlyMap<string, V>,
  value: string,
  descriptor: string,
  source: Source,
  field: string,
): V | undefined {
  if (map.has(value)) return map.get(value);
  const fallback = edFi(descriptor, codeOf(value));
  if (fallback === value || !map.has(fallback)) return undefined;
  warnOnce(warnings, value, "descriptorFallback", `${quote(value)} is not a value the options name; it was read as ${quote(fallback)}`, source, field);
  return map.get(fallback);
}

/** Set membership by the same rule as `lookup`. */
export function isIn(warnings: Warnings, set: ReadonlySet<string>, value: string, descriptor: string, source: Source, field: string): boolean {
  if (set.has(value)) return true;
  const fallback = edFi(descriptor, codeOf(value));
  if (fallback === value || !set.has(fallback)) return false;
  warnOnce(warnings, value, "descriptorFallback", `${quote(value)} is not a value the options name; it was read as ${quote(fallback)}`, source, field);
  return true;
}
