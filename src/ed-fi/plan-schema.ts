import * as z from "zod/mini";
import { Amount, Descriptor, EdOrgId, EdOrgReference, SchoolYear, Text } from "./schema-parts.js";

/** The GraduationPlan resource (Data Standard 4.0–5.2; `requiredCertifications` from 6.1). */
export const GraduationPlanSchema = z.looseObject({
  educationOrganizationReference: EdOrgReference,
  graduationPlanTypeDescriptor: Descriptor,
  graduationSchoolYearTypeReference: z.looseObject({ schoolYear: SchoolYear }),
  totalRequiredCredits: Amount,
  individualPlan: z.optional(z.boolean()),
  creditsBySubjects: z.optional(z.array(z.looseObject({ academicSubjectDescriptor: Descriptor, credits: Amount }))),
  creditsByCreditCategories: z.optional(z.array(z.looseObject({ creditCategoryDescriptor: Descriptor, credits: Amount }))),
  creditsByCourses: z.optional(
    z.array(
      z.looseObject({
        courseSetName: Text,
        credits: Amount,
        whenTakenGradeLevelDescriptor: z.optional(Descriptor),
        courses: z.array(z.looseObject({ courseReference: z.looseObject({ courseCode: Text, educationOrganizationId: EdOrgId }) })),
      }),
    ),
  ),
  requiredAssessments: z.optional(
    z.array(
      z.looseObject({
        assessmentReference: z.looseObject({ assessmentIdentifier: Text, namespace: Text }),
        scores: z.optional(
          z.array(z.looseObject({ assessmentReportingMethodDescriptor: Descriptor, minimumScore: z.optional(z.string()), maximumScore: z.optional(z.string()) })),
        ),
        performanceLevel: z.optional(z.looseObject({ performanceLevelDescriptor: Descriptor })),
      }),
    ),
  ),
  requiredCertifications: z.optional(z.array(z.unknown())),
});

export type GraduationPlan = z.infer<typeof GraduationPlanSchema>;
