import * as z from "zod/mini";
import { DecimalValue } from "./decimal-schema.js";
import { GpaType } from "./student-schema.js";

/*
 * Program definitions are authored by hand, so every object is strict: a typo such as
 * `minCredit` is an error rather than a silently ignored key. Rules that span fields (digit
 * limits, references, expressions, cycles) are checked after the shape, in src/engine/validate.
 */

const Id = z.string().check(z.minLength(1));
const PatternList = z.array(z.string());
const Count = z.int();

export const SettingsSchema = z.strictObject({
  gpaType: z.optional(GpaType),
  gpaDecimals: z.optional(z.int().check(z.minimum(0), z.maximum(4))),
  gpaRounding: z.optional(z.enum(["halfUp", "truncate"])),
  caseSensitive: z.optional(z.boolean()),
});

export const CreditGroupSchema = z.strictObject({
  id: Id,
  name: z.string(),
  creditTypes: z.optional(z.array(z.string())),
  minCredits: DecimalValue,
});

export const GpaCalculationSchema = z.strictObject({
  id: Id,
  name: z.optional(z.string()),
  courses: z.optional(PatternList),
  gradeLevels: z.optional(z.array(Count)),
});

const common = { id: Id, description: z.optional(z.string()) };

export const CourseRequirementSchema = z.strictObject({
  ...common,
  type: z.literal("course"),
  courses: z.optional(PatternList),
  stateCodes: z.optional(PatternList),
  minCredits: DecimalValue,
  minGpa: z.optional(DecimalValue),
  limitCreditType: z.optional(z.string()),
  schedulingPriority: z.optional(z.boolean()),
  recommended: z.optional(z.boolean()),
  suggestedGrade: z.optional(Count),
});

export const TestRequirementSchema = z.strictObject({
  ...common,
  type: z.literal("test"),
  testCodes: z.optional(PatternList),
  stateCodes: z.optional(PatternList),
  subject: z.optional(z.string()),
  scoreEvaluation: z.enum(["countPassing", "oneAtOrAbove", "sumAtOrAbove"]),
  minRawScore: z.optional(DecimalValue),
  minScaleScore: z.optional(DecimalValue),
  assumePassed: z.optional(z.boolean()),
  count: z.optional(Count),
});

export const GpaRequirementSchema = z.strictObject({
  ...common,
  type: z.literal("gpa"),
  calculation: Id,
  calculationType: z.optional(GpaType),
  minOverallGpa: DecimalValue,
  minGpaPerCourseCredit: z.optional(DecimalValue),
});

export const ProgramRequirementSchema = z.strictObject({
  ...common,
  type: z.literal("program"),
  programs: z.array(Id),
  minRequired: Count,
});

export const ChildRequirementSchema = z.strictObject({
  ...common,
  type: z.literal("child"),
  criterion: Id,
});

export const RequirementSchema = z.discriminatedUnion("type", [
  CourseRequirementSchema,
  TestRequirementSchema,
  GpaRequirementSchema,
  ProgramRequirementSchema,
  ChildRequirementSchema,
]);

export const CriterionSchema = z.strictObject({
  id: Id,
  description: z.optional(z.string()),
  expression: z.string(),
  creditType: z.optional(z.string()),
  displayAlert: z.optional(z.boolean()),
  displayOrder: z.optional(Count),
  requirements: z.array(RequirementSchema),
});

export const StudentStatusSchema = z.strictObject({
  status: Id,
  expression: z.string(),
});

/** An academic or graduation program (DESIGN.md §3). */
export const ProgramDefinitionSchema = z.strictObject({
  id: Id,
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  settings: z.optional(SettingsSchema),
  parentCreditTypes: z.optional(z.array(z.string())),
  creditGroups: z.optional(z.array(CreditGroupSchema)),
  gpaCalculations: z.optional(z.array(GpaCalculationSchema)),
  criteria: z.array(CriterionSchema),
  statuses: z.optional(z.array(StudentStatusSchema)),
});

/** A program definition as DESIGN.md §3 describes it (inferred from ProgramDefinitionSchema). */
export type ProgramDefinition = z.infer<typeof ProgramDefinitionSchema>;
export type ProgramSettings = z.infer<typeof SettingsSchema>;
export type CriterionDefinition = z.infer<typeof CriterionSchema>;
export type RequirementDefinition = z.infer<typeof RequirementSchema>;
export type CourseRequirementDefinition = z.infer<typeof CourseRequirementSchema>;
export type TestRequirementDefinition = z.infer<typeof TestRequirementSchema>;
export type GpaRequirementDefinition = z.infer<typeof GpaRequirementSchema>;
export type ProgramRequirementDefinition = z.infer<typeof ProgramRequirementSchema>;
export type ChildRequirementDefinition = z.infer<typeof ChildRequirementSchema>;
export type CreditGroupDefinition = z.infer<typeof CreditGroupSchema>;
export type GpaCalculationDefinition = z.infer<typeof GpaCalculationSchema>;
export type DecimalInput = z.infer<typeof DecimalValue>;
