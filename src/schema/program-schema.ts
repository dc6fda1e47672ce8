import { ProgramShape } from "../definition/shape.js";
import { toZod } from "./from-shape.js";

/** An academic or graduation program (DESIGN.md §3), as a zod schema derived from its declaration. */
export const ProgramDefinitionSchema = toZod(ProgramShape);

export type { ProgramDefinition } from "../definition/shape.js";
