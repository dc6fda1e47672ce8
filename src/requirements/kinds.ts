import { variant, type In, type Out, type VariantType } from "../shape/types.js";
import { activity } from "./activity.js";
import { child } from "./child.js";
import { course } from "./course.js";
import { gpa } from "./gpa.js";
import type { KindModule, KindShape, RequirementResultBase } from "./kind.js";
import { program } from "./program.js";
import { test } from "./test.js";

/*
 * The registry: the one place that lists the requirement kinds. A new kind is its file plus one
 * line here; the definition shape, the schemas, validation, loading, evaluation and the report
 * types all reach the kinds through this object, and the constraint below makes TypeScript reject
 * a module whose `type` does not match its key or that leaves a part out. The tree printer's
 * wording (src/report/kind-tree.ts) is typed over every `type` here, so TypeScript points there too.
 */

type Registry<T> = {
  [K in keyof T]: KindModule<KindShape<K & string, any>, any, RequirementResultBase & { type: K }>;
};

function registry<const T extends Registry<T>>(kinds: T): T {
  return kinds;
}

export const KINDS = registry({ course, test, gpa, program, child, activity });

export type Kinds = typeof KINDS;
/** A requirement's `type`. */
export type RequirementType = keyof Kinds;

type ShapeOf<K extends RequirementType> = Kinds[K]["shape"];
type ResultOf<M> = M extends KindModule<any, any, infer R> ? R : never;

/** The result of one requirement, by `type`. */
export type RequirementResult = { [K in RequirementType]: ResultOf<Kinds[K]> }[RequirementType];

/** Every requirement shape, told apart by `type`. */
export const RequirementShape = variant(
  "type",
  Object.values(KINDS).map((k) => k.shape),
) as unknown as VariantType<ShapeOf<RequirementType>>;

/** A requirement as a definition writes it. */
export type RequirementDefinition = In<typeof RequirementShape>;
/** A requirement as the shape reader returns it (decimals exact). */
export type RequirementRead = Out<typeof RequirementShape>;

/** Any kind module, for code that handles requirements whatever their kind. */
export type AnyKind = KindModule<any, any, RequirementResultBase>;

export function kindOf(requirement: { type: RequirementType }): AnyKind {
  return KINDS[requirement.type];
}
