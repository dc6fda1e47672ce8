import * as z from "zod/mini";
import { isOptional, typeOf, type AnyType, type In, type ObjectType } from "../shape/types.js";
import { DecimalValue, NonNegativeDecimalValue } from "./decimal-schema.js";

/*
 * zod schemas derived from the shape declarations (src/shape/types.ts), for callers who validate
 * with zod and for the JSON Schema files. No transforms, so `z.toJSONSchema` can convert them.
 */

const GRADE_KEY = /^(?:0|[1-9][0-9]{0,14})$/;

function objectSchema({ fields, strict, check }: ObjectType): z.ZodMiniType {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, field] of Object.entries(fields)) {
    const schema = toZod(typeOf(field));
    shape[key] = isOptional(field) ? z.optional(schema) : schema;
  }
  let object: z.ZodMiniType = strict ? z.strictObject(shape) : z.looseObject(shape);
  const pairs = Object.entries(fields).flatMap(([key, field]) =>
    isOptional(field) && field.requiredUnless !== undefined ? [[key, field.requiredUnless] as const] : [],
  );
  if (pairs.length > 0) {
    // Like a missing required field, reported whatever else is wrong.
    object = object.check(
      z.check((payload) => {
        const value = payload.value as Record<string, unknown>;
        if (typeof value !== "object" || value === null) return;
        for (const [key, other] of pairs) {
          if (value[key] === undefined && value[other] === undefined) {
            payload.issues.push({ code: "custom", input: undefined, path: [key], message: "is required", params: { code: "required" } });
          }
        }
      }, { when: () => true }),
    );
  }
  if (check === undefined) return object;
  // A rule across fields: zod runs it, as the shape reader does, only when the object's own fields
  // (and everything inside them) passed.
  return object.check(
    z.check(
      (payload) =>
        check(payload.value as never, (path, code, message) => {
          payload.issues.push({ code: "custom", input: payload.value, path: [...path], message, params: { code } });
        }),
      { when: (payload) => payload.issues.length === 0 },
    ),
  );
}

function textSchema(minLength: number | undefined, maxLength: number | undefined): z.ZodMiniType {
  const checks = [];
  if (minLength !== undefined) checks.push(z.minLength(minLength));
  if (maxLength !== undefined) checks.push(z.maxLength(maxLength));
  return checks.length === 0 ? z.string() : z.string().check(...checks);
}

function integerSchema(min: number | undefined, max: number | undefined): z.ZodMiniType {
  const checks = [];
  if (min !== undefined) checks.push(z.minimum(min));
  if (max !== undefined) checks.push(z.maximum(max));
  return checks.length === 0 ? z.int() : z.int().check(...checks);
}

/** The zod schema of a declared type. */
export function toZod<T extends AnyType>(type: T): z.ZodMiniType<In<T>> {
  return build(type) as z.ZodMiniType<In<T>>;
}

function build(type: AnyType): z.ZodMiniType {
  switch (type.kind) {
    case "text":
      return textSchema(type.minLength, type.maxLength);
    case "integer":
      return integerSchema(type.min, type.max);
    case "boolean":
      return z.boolean();
    case "decimal":
      return type.nonNegative ? NonNegativeDecimalValue : DecimalValue;
    case "enum":
      return z.enum(type.values as [string, ...string[]]);
    case "literal":
      return z.literal(type.value);
    case "textOrInteger":
      return z.union([z.string(), z.int()]);
    case "list":
      return z.array(build(type.of));
    case "gradeTable":
      return z.record(z.string().check(z.regex(GRADE_KEY)), NonNegativeDecimalValue);
    case "object":
      return objectSchema(type);
    case "variant":
      return z.discriminatedUnion(
        type.key,
        type.options.map((o) => objectSchema(o)) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
      );
    case "expression":
      throw new Error("expressions are stored parsed in compiled plans only; definitions hold their text");
  }
}
