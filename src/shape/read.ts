import { formatDecimal, readDecimal, sign } from "../decimal/index.js";
import { describeValue, quoteList } from "../errors/index.js";
import { IssueSink, type Path } from "./issues.js";
import { readExpressionTree } from "./read-expression.js";
import { isOptional, typeOf, type AnyType, type Field, type ObjectType, type Out, type VariantType } from "./types.js";
import { describeInstance, errorText, EXPECTED, unknownKeyMessage, wrongTypeMessage } from "./words.js";

/*
 * The careful reader: checks a value against a declared shape and reads it (decimals into exact
 * numbers), collecting every problem with its path. It follows DESIGN.md §8 "Plain data only":
 * only own enumerable properties are read, an object must have `null` or an `Object.prototype`
 * (of any realm) as its prototype, and a property that throws when read is `unreadable`, so no
 * value of any kind makes it throw. Definitions, compiled plans and the explanation of a rejected
 * student record go through here; the student hot path has a generated twin (fast-readers.ts).
 *
 * Every declared key of an object is set on the result, `undefined` when absent, in declaration
 * order: results of one shape then share one hidden class, which keeps the evaluators monomorphic.
 */

/** Marks a value that could not be read: the problem is already reported. */
const SKIP: unique symbol = Symbol("skip");

const { propertyIsEnumerable } = Object.prototype;

/** An own enumerable property, or undefined; a throwing read is reported and gives SKIP. */
function property(object: object, key: string | number, sink: IssueSink, path: Path): unknown {
  try {
    if (!propertyIsEnumerable.call(object, key)) return undefined;
    return (object as Record<string | number, unknown>)[key];
  } catch (error) {
    sink.add([...path, key], "unreadable", `could not be read (${errorText(error)})`);
    return SKIP;
  }
}

function wrongType(sink: IssueSink, path: Path, value: unknown, expected: string): typeof SKIP {
  if (value === undefined) sink.add(path, "required", "is required");
  else sink.add(path, "invalidType", wrongTypeMessage(expected, value));
  return SKIP;
}

/** The value as a plain object (DESIGN.md ), or SKIP with the problem reported. */
export function plainObject(value: unknown, sink: IssueSink, path: Path): object | typeof SKIP {
  if (typeof value !== "object" || value === null) return wrongType(sink, path, value, EXPECTED.object);
  try {
    if (Array.isArray(value)) return wrongType(sink, path, value, EXPECTED.object);
    const prototype = Object.getPrototypeOf(value) as object | null;
    if (prototype !== null && Object.getPrototypeOf(prototype) !== null) {
      sink.add(path, "invalidType", `expected an object, but found ${describeInstance(value)}`);
      return SKIP;
    }
  } catch (error) {
    sink.add(path, "unreadable", `could not be read (${errorText(error)})`);
    return SKIP;
  }
  return value;
}

/** The value as an array with a readable length, or SKIP. */
function array(value: unknown, sink: IssueSink, path: Path): { items: object; length: number } | typeof SKIP {
  try {
    if (!Array.isArray(value)) return wrongType(sink, path, value, EXPECTED.list);
    return { items: value, length: (value as unknown[]).length };
  } catch (error) {
    sink.add(path, "unreadable", `could not be read (${errorText(error)})`);
    return SKIP;
  }
}

function ownKeys(object: object, sink: IssueSink, path: Path): string[] {
  try {
    return Object.keys(object);
  } catch (error) {
    sink.add(path, "unreadable", `could not be read (${errorText(error)})`);
    return [];
  }
}

function readText(type: Extract<AnyType, { kind: "text" }>, value: unknown, sink: IssueSink, path: Path): unknown {
  if (typeof value !== "string") return wrongType(sink, path, value, EXPECTED.text);
  if (type.minLength !== undefined && value.length < type.minLength) {
    sink.add(path, "tooSmall", type.minLength === 1 ? "must not be empty" : `must be at least ${type.minLength} characters long`);
    return SKIP;
  }
  if (type.maxLength !== undefined && value.length > type.maxLength) {
    sink.add(path, "tooBig", `must be at most ${type.maxLength} characters long`);
    return SKIP;
  }
  return value;
}

function readInteger(type: Extract<AnyType, { kind: "integer" }>, value: unknown, sink: IssueSink, path: Path): unknown {
  if (!Number.isSafeInteger(value)) return wrongType(sink, path, value, EXPECTED.integer);
  const n = value === 0 ? 0 : (value as number);
  if (type.min !== undefined && n < type.min) {
    sink.add(path, "tooSmall", `must be at least ${type.min}, but found ${n}`);
    return SKIP;
  }
  if (type.max !== undefined && n > type.max) {
    sink.add(path, "tooBig", `must be at most ${type.max}, but found ${n}`);
    return SKIP;
  }
  return n;
}

function readDecimalValue(nonNegative: boolean, value: unknown, sink: IssueSink, path: Path): unknown {
  const read = readDecimal(value);
  if (typeof read === "string") {
    sink.add(path, typeof value === "number" || typeof value === "string" ? "invalidNumber" : "invalidType", read);
    return SKIP;
  }
  if (nonNegative && sign(read) < 0) {
    sink.add(path, "negativeNumber", `must not be negative, but is ${formatDecimal(read)}`);
    return SKIP;
  }
  return read;
}

const GRADE_KEY = /^(?:0|[1-9][0-9]{0,14})$/;

function readGradeTable(value: unknown, sink: IssueSink, path: Path): unknown {
  const object = plainObject(value, sink, path);
  if (object === SKIP) return SKIP;
  const table = new Map<number, unknown>();
  let bad = false;
  for (const key of ownKeys(object, sink, path)) {
    const at = [...path, key];
    if (!GRADE_KEY.test(key)) {
      sink.add(at, "invalidValue", `expected a grade level written as a whole number, such as "9", but found ${describeValue(key)}`);
      bad = true;
      continue;
    }
    const entry = property(object, key, sink, path);
    const read = entry === SKIP ? SKIP : readDecimalValue(true, entry, sink, at);
    if (read === SKIP) bad = true;
    else table.set(Number(key), read);
  }
  if (bad) return SKIP;
  return new Map([...table].sort((a, b) => a[0] - b[0]));
}

function readObject(type: ObjectType, value: unknown, sink: IssueSink, path: Path): unknown {
  const object = plainObject(value, sink, path);
  if (object === SKIP) return SKIP;
  return readFields(type, object, sink, path);
}

function readFields({ fields, strict, check }: ObjectType, object: object, sink: IssueSink, path: Path): unknown {
  const before = sink.size;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const field = fields[key]!;
    const raw = property(object, key, sink, path);
    if (raw === SKIP) continue;
    const absent = raw === undefined && isOptional(field) && (field.requiredUnless === undefined || !isAbsent(object, field.requiredUnless));
    out[key] = absent ? defaultOf(field) : read(typeOf(field), raw, sink, [...path, key]);
  }
  if (strict) {
    const known = Object.keys(fields);
    for (const key of ownKeys(object, sink, path)) {
      if (!Object.hasOwn(fields, key)) sink.add(path, "unknownKey", unknownKeyMessage(key, known));
    }
  }
  if (check !== undefined && sink.size === before) check(out, (at, code, message) => sink.add([...path, ...at], code, message));
  return sink.size > before ? SKIP : out;
}

/** Whether the object leaves the key out (a key that cannot be read is reported where it is read). */
function isAbsent(object: object, key: string): boolean {
  try {
    return !propertyIsEnumerable.call(object, key) || (object as Record<string, unknown>)[key] === undefined;
  } catch {
    return false;
  }
}

function defaultOf(field: Field): unknown {
  return isOptional(field) ? field.default : undefined;
}

function readVariant(type: VariantType, value: unknown, sink: IssueSink, path: Path): unknown {
  const object = plainObject(value, sink, path);
  if (object === SKIP) return SKIP;
  const tag = property(object, type.key, sink, path);
  if (tag === SKIP) return SKIP;
  const option = type.options.find((o) => {
    const t = o.fields[type.key];
    return t !== undefined && !isOptional(t) && t.kind === "literal" && t.value === tag;
  });
  if (option === undefined) {
    const values = type.options.map((o) => (o.fields[type.key] as { value: string }).value);
    if (tag === undefined) sink.add([...path, type.key], "required", "is required");
    else sink.add([...path, type.key], "invalidValue", `expected ${quoteList(values)}, but found ${describeValue(tag)}`);
    return SKIP;
  }
  return readFields(option, object, sink, path);
}

function read(type: AnyType, value: unknown, sink: IssueSink, path: Path): unknown {
  if (value === undefined) {
    sink.add(path, "required", "is required");
    return SKIP;
  }
  switch (type.kind) {
    case "text":
      return readText(type, value, sink, path);
    case "integer":
      return readInteger(type, value, sink, path);
    case "boolean":
      return typeof value === "boolean" ? value : wrongType(sink, path, value, EXPECTED.boolean);
    case "decimal":
      return readDecimalValue(type.nonNegative, value, sink, path);
    case "enum":
    case "literal": {
      const values = type.kind === "enum" ? type.values : [type.value];
      if (values.includes(value as string)) return value;
      if (value === undefined) return wrongType(sink, path, value, "");
      sink.add(path, "invalidValue", `expected ${quoteList(values)}, but found ${describeValue(value)}`);
      return SKIP;
    }
    case "textOrInteger":
      if (typeof value === "string") return value;
      if (Number.isSafeInteger(value)) return value === 0 ? 0 : value;
      return wrongType(sink, path, value, EXPECTED.textOrInteger);
    case "list": {
      const list = array(value, sink, path);
      if (list === SKIP) return SKIP;
      const before = sink.size;
      const out: unknown[] = [];
      for (let i = 0; i < list.length; i++) {
        const item = property(list.items, i, sink, path);
        out.push(item === SKIP ? SKIP : read(type.of, item, sink, [...path, i]));
      }
      return sink.size > before ? SKIP : out;
    }
    case "gradeTable":
      return readGradeTable(value, sink, path);
    case "object":
      return readObject(type, value, sink, path);
    case "variant":
      return readVariant(type, value, sink, path);
    case "expression":
      return readExpressionTree(value, sink, path);
  }
}

/**
 * Reads a value of a declared type: the value read, or every problem (capped, see IssueSink) with
 * its path from `prefix`. Problems go to `sink` when one is given, so several inputs can be read
 * into one error.
 */
export function readShape<T extends AnyType>(
  type: T,
  value: unknown,
  prefix: Path = [],
  sink: IssueSink = new IssueSink(),
): { ok: true; value: Out<T> } | { ok: false; sink: IssueSink } {
  const before = sink.size;
  const result = read(type, value, sink, prefix);
  return result === SKIP || sink.size > before ? { ok: false, sink } : { ok: true, value: result as Out<T> };
}
