import { formatDecimal, type Fixed } from "../decimal/index.js";
import { isOptional, typeOf, type AnyType, type Fields, type In, type Out } from "./types.js";

/*
 * The reverse of the reader: a read value back to plain JSON of its declared shape, decimals in
 * canonical text ("2.50" → "2.5") and absent optional keys left out. The compiled plan is written
 * this way from what validation read, so no value is parsed twice on the way.
 */

function writeFields(fields: Fields, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const inner = value[key];
    if (inner === undefined) continue;
    out[key] = write(typeOf(fields[key]!), inner);
  }
  return out;
}

function write(type: AnyType, value: unknown): unknown {
  switch (type.kind) {
    case "decimal":
      return formatDecimal(value as Fixed);
    case "list":
      return (value as unknown[]).map((item) => write(type.of, item));
    case "gradeTable":
      return Object.fromEntries([...(value as Map<number, Fixed>)].map(([grade, v]) => [String(grade), formatDecimal(v)]));
    case "object":
      return writeFields(type.fields, value as Record<string, unknown>);
    case "variant": {
      const tag = (value as Record<string, unknown>)[type.key];
      const option = type.options.find((o) => {
        const t = o.fields[type.key];
        return t !== undefined && !isOptional(t) && t.kind === "literal" && t.value === tag;
      })!;
      return writeFields(option.fields, value as Record<string, unknown>);
    }
    default:
      return value;
  }
}

/** A read value as plain JSON of its shape. */
export function writeShape<T extends AnyType>(type: T, value: Out<T>): In<T> {
  return write(type, value) as In<T>;
}
