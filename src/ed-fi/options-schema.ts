import * as z from "zod/mini";
import { Amount, Decimal, Text } from "./schema-parts.js";

/*
 * The district's policy for reading its Ed-Fi data. Written by hand (often as a JSON file beside
 * the export), so every object is strict: a mistyped key is an error, not a silently ignored
 * policy. Keys of the tables are full descriptor URIs.
 */

const Uri = Text;
const UriList = z.array(Uri);
const Points = Amount;

const ScoreMethods = z.strictObject({
  raw: z.optional(UriList),
  scale: z.optional(UriList),
  ignore: z.optional(UriList),
});

export const GradeScaleSchema = z.strictObject({
  letters: z.optional(z.record(z.string(), Points)),
  numeric: z.optional(z.array(z.strictObject({ min: Decimal, points: Points }))),
  weights: z.optional(z.record(Uri, Points)),
  weightAs: z.optional(z.enum(["gpaValue", "bonusPoints"])),
});

/** The options of `fromEdFi` and `graduationPlanToProgram` (docs/ed-fi.md explains each). */
export const EdFiOptionsSchema = z.strictObject({
  asOf: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  gradeScale: z.optional(GradeScaleSchema),
  creditTypes: z.optional(z.record(Uri, Text)),
  otherCreditType: z.optional(Text),
  highSchoolRequirementOnly: z.optional(z.boolean()),
  creditUnit: z.optional(Uri),
  scores: z.optional(
    z.strictObject({
      raw: z.optional(UriList),
      scale: z.optional(UriList),
      ignore: z.optional(UriList),
      byAssessment: z.optional(z.record(Text, ScoreMethods)),
    }),
  ),
  performanceLevels: z.optional(z.strictObject({ pass: z.optional(UriList), fail: z.optional(UriList) })),
  attemptResults: z.optional(z.record(Uri, z.enum(["pass", "fail", "incomplete", "withdrawn"]))),
  incomplete: z.optional(z.enum(["completed", "inProgress", "drop"])),
  withdrawn: z.optional(z.enum(["drop", "completed"])),
  repeatCodes: z.optional(z.record(Uri, z.enum(["count", "excludeFromGpa", "replaced"]))),
  gradeLevels: z.optional(z.record(Uri, z.int().check(z.minimum(0), z.maximum(12)))),
  prefixCourseNumbers: z.optional(z.boolean()),
  courseStateCodeSystem: z.optional(Uri),
  assessmentStateCodeSystem: z.optional(Uri),
  termOrder: z.optional(UriList),
  gpaTypes: z.optional(z.record(Uri, z.enum(["weighted", "unweighted", "weightedWithBonus", "unweightedWithBonus"]))),
  cumulativeWhenUnknown: z.optional(z.boolean()),
  legacyCumulativeGpa: z.optional(z.enum(["weighted", "unweighted", "weightedWithBonus", "unweightedWithBonus"])),
  programTypes: z.optional(z.record(Uri, Text)),
  programCompletedReasons: z.optional(UriList),
  diplomaTypes: z.optional(z.record(Uri, Text)),
});

/** The district's reading policy for `fromEdFi` and `graduationPlanToProgram`: every key optional. */
export type EdFiOptions = z.input<typeof EdFiOptionsSchema>;
export type GradeScale = z.infer<typeof GradeScaleSchema>;
