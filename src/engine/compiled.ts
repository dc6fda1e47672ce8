import type { Expression } from "../expression/ast.js";
import type {
  CreditGroupDefinition,
  GpaCalculationDefinition,
  RequirementDefinition,
} from "../schema/program-schema.js";
import type { CompiledSettings } from "../requirements/context.js";
import type { Warning } from "../requirements/results.js";

/*
 * The compiled form is plain JSON: a server compiles and validates a program once, stores
 * `compiled.toJSON()`, and a browser loads it with the runtime entry, which has no parser and no
 * definition validation. Definitions keep their own shapes here, normalised: decimals as
 * canonical strings, settings with their defaults, expressions parsed, recommended requirements
 * split out and criteria ordered for display.
 */

export const COMPILED_FORMAT = "program-criteria/compiled-program";
export const COMPILED_VERSION = 1;

export type { CompiledSettings };

/** One criterion of a compiled program. */
export interface CompiledCriterion {
  id: string;
  description?: string;
  expression: Expression;
  /** The expression's canonical text, as reports show it. */
  canonical: string;
  creditType?: string;
  displayAlert?: boolean;
  displayOrder?: number;
  requirements: RequirementDefinition[];
  recommendations: RequirementDefinition[];
}

/** One program of a compiled artefact: its definition normalised, expressions parsed, criteria ordered. */
export interface CompiledProgramData {
  id: string;
  name?: string;
  description?: string;
  settings: CompiledSettings;
  parentCreditTypes?: string[];
  creditGroups: CreditGroupDefinition[];
  gpaCalculations: GpaCalculationDefinition[];
  /** Every criterion in definition order. */
  criteria: CompiledCriterion[];
  /** Ids of the criteria no child requirement links, in display order. */
  topLevel: string[];
  statuses: { status: string; expression: Expression }[];
  warnings: Warning[];
}

/** The serialisable form of a CompiledProgram: `compiled.toJSON()`, loaded back by `loadCompiledProgram`. */
export interface CompiledProgramJSON {
  format: typeof COMPILED_FORMAT;
  version: typeof COMPILED_VERSION;
  /** The program evaluated; `programs` holds it and every program it may name. */
  programId: string;
  programs: CompiledProgramData[];
}
