import type { Fixed } from "../decimal/index.js";
import type { Expression } from "../expression/ast.js";

/*
 * A record shape is declared once, as plain data: which keys an object has, of which type, and
 * which are optional. Everything else is derived from the declaration: the one-pass reader that
 * checks and reads student records, definitions and compiled plans (src/shape/read.ts), the zod
 * schemas and JSON Schema files (src/schema/), and the TypeScript types (`In<T>` for the JSON
 * a caller writes, `Out<T>` for what the reader hands back, decimals read into exact numbers).
 *
 * `__in` / `__out` are never set: they carry the TypeScript types of a declaration.
 */

interface Typed<I, O> {
  readonly __in?: I;
  readonly __out?: O;
}

/** Text, with optional length bounds (in UTF-16 code units, as `String.length` counts). */
export interface TextType extends Typed<string, string> {
  readonly kind: "text";
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** A JSON integer (a safe integer); `-0` reads as 0. */
export interface IntegerType extends Typed<number, number> {
  readonly kind: "integer";
  readonly min?: number;
  readonly max?: number;
}

export interface BooleanType extends Typed<boolean, boolean> {
  readonly kind: "boolean";
}

/** A decimal (DESIGN.md §2 "Numbers"): a JSON number or a decimal string, read exactly. */
export interface DecimalType extends Typed<string | number, Fixed> {
  readonly kind: "decimal";
  /** §8 "Signs": the value must be ≥ 0 (`negativeNumber` otherwise). */
  readonly nonNegative: boolean;
}

/** One of a few words. */
export interface EnumType<V extends string = string> extends Typed<V, V> {
  readonly kind: "enum";
  readonly values: readonly V[];
}

/** Exactly this word: the discriminator of a variant. */
export interface LiteralType<V extends string = string> extends Typed<V, V> {
  readonly kind: "literal";
  readonly value: V;
}

/** Text or a whole number, kept as given: student ids, transcript record ids. */
export interface TextOrIntegerType extends Typed<string | number, string | number> {
  readonly kind: "textOrInteger";
}

export interface ListType<T extends AnyType = AnyType> extends Typed<In<T>[], Out<T>[]> {
  readonly kind: "list";
  readonly of: T;
}

/** Keys that are grade levels written as integers (`"9"`), each mapping to a decimal: a pace table. */
export interface GradeTableType extends Typed<Record<string, string | number>, Map<number, Fixed>> {
  readonly kind: "gradeTable";
}

/** Reports one problem at a path relative to the value being checked. */
export type Report = (path: readonly (string | number)[], code: string, message: string) => void;

/**
 * A rule across the fields of an object (which fields go together), run once every field has
 * been read without a problem: by the careful reader, the generated fast readers and the zod
 * schema alike, so all three accept the same values. The readers pass the value read (decimals
 * exact); zod passes the JSON as written, so a rule that looks at a decimal reads it itself.
 */
export type ObjectCheck<T> = (value: T, report: Report) => void;

/** An object: its fields; unknown keys rejected (`strict`, definitions) or ignored (student records). */
export interface ObjectType<F extends Fields = Fields> extends Typed<InFields<F>, OutFields<F>> {
  readonly kind: "object";
  readonly fields: F;
  readonly strict: boolean;
  /** A rule across the fields (method syntax: a shape with a check is still an ObjectType). */
  check?(value: OutFields<F>, report: Report): void;
}

/** One of several objects, told apart by the literal value of `key` (a requirement's `type`). */
export interface VariantType<O extends ObjectType = ObjectType> extends Typed<In<O>, Out<O>> {
  readonly kind: "variant";
  readonly key: string;
  readonly options: readonly O[];
}

/** A parsed logical expression (src/expression/ast.ts), as a compiled plan stores it. */
export interface ExpressionType extends Typed<Expression, Expression> {
  readonly kind: "expression";
}

export type AnyType =
  | TextType
  | IntegerType
  | BooleanType
  | DecimalType
  | EnumType
  | LiteralType
  | TextOrIntegerType
  | ListType<any>
  | GradeTableType
  | ObjectType<any>
  | VariantType<any>
  | ExpressionType;

/** A field that may be left out; with `default`, the reader fills it in when it is. */
export interface Optional<T extends AnyType = AnyType> {
  readonly optional: T;
  readonly default?: unknown;
  /** The field is required when this other field is absent too (`minCredits` unless `minCourses`, §11). */
  readonly requiredUnless?: string;
}

/** An optional field whose absence reads as `default`. */
export interface Defaulted<T extends AnyType = AnyType> extends Optional<T> {
  readonly default: Out<T>;
}

export type Field = AnyType | Optional;
export type Fields = Readonly<Record<string, Field>>;

type Inner<F> = F extends Optional<infer T> ? T : F;
type InOf<T> = T extends Typed<infer I, unknown> ? I : never;
type OutOf<T> = T extends Typed<unknown, infer O> ? O : never;

/** The JSON a caller writes for a declared type. */
export type In<T> = InOf<T>;
/** What the reader returns for a declared type: decimals as exact numbers, lists of read values. */
export type Out<T> = OutOf<T>;

type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends Optional ? K : never }[keyof F];
type RequiredKeys<F extends Fields> = Exclude<keyof F, OptionalKeys<F>>;
type DefaultedKeys<F extends Fields> = { [K in keyof F]: F[K] extends Defaulted ? K : never }[keyof F];
type Flat<T> = { [K in keyof T]: T[K] } & {};

export type InFields<F extends Fields> = Flat<
  { [K in RequiredKeys<F>]: In<Inner<F[K]>> } & { [K in OptionalKeys<F>]?: In<Inner<F[K]>> }
>;
export type OutFields<F extends Fields> = Flat<
  { [K in RequiredKeys<F> | DefaultedKeys<F>]: Out<Inner<F[K]>> } & {
    [K in Exclude<OptionalKeys<F>, DefaultedKeys<F>>]?: Out<Inner<F[K]>> | undefined;
  }
>;

/*
 * The builders. They return plain objects, so a declaration is data that the reader, the zod
 * builder and a compiled plan's loader all walk the same way.
 */

export const text = (bounds: { minLength?: number; maxLength?: number } = {}): TextType => ({ kind: "text", ...bounds });
export const integer = (bounds: { min?: number; max?: number } = {}): IntegerType => ({ kind: "integer", ...bounds });
export const boolean = (): BooleanType => ({ kind: "boolean" });
/** A decimal that may be negative (scores). */
export const decimal = (): DecimalType => ({ kind: "decimal", nonNegative: false });
/** A decimal that must be ≥ 0 (credits, grade points, minimums). */
export const amount = (): DecimalType => ({ kind: "decimal", nonNegative: true });
export const oneOf = <const V extends string>(values: readonly V[]): EnumType<V> => ({ kind: "enum", values });
export const literal = <const V extends string>(value: V): LiteralType<V> => ({ kind: "literal", value });
export const textOrInteger = (): TextOrIntegerType => ({ kind: "textOrInteger" });
export const list = <T extends AnyType>(of: T): ListType<T> => ({ kind: "list", of });
export const gradeTable = (): GradeTableType => ({ kind: "gradeTable" });
export const strictObject = <F extends Fields>(fields: F): ObjectType<F> => ({ kind: "object", fields, strict: true });
export const looseObject = <F extends Fields>(fields: F): ObjectType<F> => ({ kind: "object", fields, strict: false });
/** The object shape with a rule across its fields (see ObjectCheck). */
export const withCheck = <F extends Fields>(shape: ObjectType<F>, check: ObjectCheck<OutFields<F>>): ObjectType<F> => ({ ...shape, check });
export const variant = <O extends ObjectType>(key: string, options: readonly O[]): VariantType<O> => ({ kind: "variant", key, options });
export const expression = (): ExpressionType => ({ kind: "expression" });
export const optional = <T extends AnyType>(type: T): Optional<T> => ({ optional: type });
export const requiredUnless = <T extends AnyType>(type: T, other: string): Optional<T> => ({ optional: type, requiredUnless: other });
export const withDefault = <T extends AnyType>(type: T, value: Out<T>): Defaulted<T> => ({ optional: type, default: value });

export function isOptional(field: Field): field is Optional {
  return Object.hasOwn(field, "optional");
}

export function typeOf(field: Field): AnyType {
  return isOptional(field) ? field.optional : field;
}
