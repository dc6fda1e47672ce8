import { add, formatDecimal, sign, type Fixed } from "../decimal/fixed.js";
import { StudentRecordError } from "../errors/index.js";
import type { ProgramDefinition } from "../schema/program-schema.js";
import type { Context } from "./context.js";
import { exact, readScore } from "./decimals.js";
import { codeOf, isIn, lookup } from "./descriptors.js";
import { escapePattern, identifierMaker } from "./identifiers.js";
import { issuesOf } from "./issues.js";
import { buildLookups } from "./lookups.js";
import type { EdFiOptions } from "./options-schema.js";
import { emptyParsed } from "./parse.js";
import { GraduationPlanSchema, type GraduationPlan } from "./plan-schema.js";
import { gradeLevelOf } from "./session.js";
import { resolveOptions } from "./settings.js";
import { newWarnings, quote, warn, type EdFiWarning, type Source } from "./warnings.js";

/*
 * GraduationPlan → a §3 program definition, one way. A plan is thin — credit totals by subject,
 * course set and credit category, and required assessments; no AND/OR, GPA or program
 * requirements — so the definition is a starting point an administrator edits: every criterion
 * is top-level, so all are AND-ed, and what a plan says that §3 cannot is a warning.
 */

/** What `graduationPlanToProgram` returns: the definition and what it could not carry over. */
export interface GraduationPlanResult {
  program: ProgramDefinition;
  warnings: EdFiWarning[];
}

type Group = NonNullable<ProgramDefinition["creditGroups"]>[number];
type Criterion = ProgramDefinition["criteria"][number];

const SOURCE: Source = { resource: "graduationPlans", index: -1, prefix: "" };

/**
 * Writes a starting program definition from an Ed-Fi GraduationPlan. Credit types follow the
 * same options as `fromEdFi`, so the groups count the credit lines it writes.
 *
 * @throws ProgramDefinitionError when the options are invalid.
 * @throws StudentRecordError when the plan is malformed (paths from `["graduationPlan"]`).
 */
export function graduationPlanToProgram(plan: unknown, options: EdFiOptions = {}): GraduationPlanResult {
  const settings = resolveOptions(options);
  let parsed: ReturnType<typeof GraduationPlanSchema.safeParse>;
  try {
    parsed = GraduationPlanSchema.safeParse(plan, { reportInput: true });
  } catch {
    throw new StudentRecordError([{ path: ["graduationPlan"], code: "unreadable", message: "could not be read (a property threw when read)" }]);
  }
  if (!parsed.success) throw new StudentRecordError(issuesOf(parsed.error.issues, ["graduationPlan"]));
  const warnings = newWarnings();
  const ctx: Context = { settings, warnings, lookups: buildLookups(emptyParsed()), hasCourses: false, hasAssessments: false };
  const p = parsed.data;
  const planType = codeOf(p.graduationPlanTypeDescriptor);
  const year = p.graduationSchoolYearTypeReference.schoolYear;
  const groups = creditGroups(ctx, p);
  // One id maker for every criterion: a course set and an assessment may share a name.
  const ids = identifierMaker();
  const program: ProgramDefinition = {
    id: `${p.educationOrganizationReference.educationOrganizationId}-${planType}-${year}`,
    name: `${planType} (${year})`,
    description: `Imported from the Ed-Fi graduation plan ${quote(planType)} of education organization ${p.educationOrganizationReference.educationOrganizationId} for ${year}: a starting point to review and edit.`,
    criteria: [...courseSets(ctx, p, ids), ...assessments(ctx, p, ids)],
  };
  if (groups.length > 0) program.creditGroups = groups;
  if (p.individualPlan === true) warn(warnings, "individualPlan", "the plan is an individual student's plan: the program is written for every student", SOURCE, "individualPlan");
  if ((p.requiredCertifications ?? []).length > 0) {
    warn(warnings, "certificationsNotMapped", "required certifications have no §3 equivalent: add criteria for them by hand", SOURCE, "requiredCertifications");
  }
  return { program, warnings: warnings.list };
}

function positive(ctx: Context, credits: number | string, field: string, what: string): string | undefined {
  const value = exact(credits);
  if (sign(value) > 0) return formatDecimal(value);
  warn(ctx.warnings, "zeroCredits", `${what} requires 0 credits, which a §3 minimum cannot be: left out`, SOURCE, field);
  return undefined;
}

function creditGroups(ctx: Context, p: GraduationPlan): Group[] {
  const { settings, warnings } = ctx;
  const byType = new Map<string, { name: string; min: Fixed; field: string }>();
  const addGroup = (type: string, name: string, credits: string, field: string) => {
    const before = byType.get(type);
    if (before === undefined) {
      byType.set(type, { name, min: exact(credits), field });
      return;
    }
    const sum = add(before.min, exact(credits));
    warn(warnings, "groupsMerged", `${quote(name)} and ${quote(before.name)} are both the credit type ${quote(type)}: one group of ${formatDecimal(sum)} credits`, SOURCE, field);
    byType.set(type, { ...before, min: sum });
  };
  (p.creditsBySubjects ?? []).forEach((s, i) => {
    const field = `creditsBySubjects.${i}`;
    const credits = positive(ctx, s.credits, `${field}.credits`, quote(codeOf(s.academicSubjectDescriptor)));
    if (credits === undefined) return;
    const type = lookup(warnings, settings.creditTypes, s.academicSubjectDescriptor, "AcademicSubjectDescriptor", SOURCE, field) ?? codeOf(s.academicSubjectDescriptor);
    addGroup(type, codeOf(s.academicSubjectDescriptor), credits, field);
  });
  (p.creditsByCreditCategories ?? []).forEach((c, i) => {
    const field = `creditsByCreditCategories.${i}`;
    const type = lookup(warnings, settings.creditTypes, c.creditCategoryDescriptor, "CreditCategoryDescriptor", SOURCE, field);
    if (type === undefined) {
      warn(warnings, "categoryNotExpressible", `the credit category ${quote(c.creditCategoryDescriptor)} is not a credit type (options.creditTypes): a credit line has one type, so its requirement was left out`, SOURCE, field);
      return;
    }
    const credits = positive(ctx, c.credits, `${field}.credits`, quote(codeOf(c.creditCategoryDescriptor)));
    if (credits !== undefined) addGroup(type, codeOf(c.creditCategoryDescriptor), credits, field);
  });
  const ids = identifierMaker();
  ids("TOTAL");
  const groups: Group[] = [...byType].map(([type, g]) => ({ id: ids(type), name: g.name, creditTypes: [type], minCredits: formatDecimal(g.min) }));
  const total = positive(ctx, p.totalRequiredCredits, "totalRequiredCredits", "the plan's total");
  if (total !== undefined) groups.push({ id: "TOTAL", name: "Total", minCredits: total });
  return groups;
}

function courseSets(ctx: Context, p: GraduationPlan, ids: (text: string) => string): Criterion[] {
  const out: Criterion[] = [];
  (p.creditsByCourses ?? []).forEach((set, i) => {
    const field = `creditsByCourses.${i}`;
    const credits = positive(ctx, set.credits, `${field}.credits`, `the course set ${quote(set.courseSetName)}`);
    if (credits === undefined) return;
    const codes = set.courses.map(({ courseReference: c }) =>
      escapePattern(ctx.settings.prefixCourseNumbers ? `${c.educationOrganizationId}:${c.courseCode}` : c.courseCode),
    );
    if (codes.length === 0) {
      warn(ctx.warnings, "emptyCourseSet", `the course set ${quote(set.courseSetName)} names no course: left out`, SOURCE, `${field}.courses`);
      return;
    }
    const requirement: Criterion["requirements"][number] = { id: "COURSES", type: "course", courses: [...new Set(codes)], minCredits: credits };
    if (set.whenTakenGradeLevelDescriptor !== undefined) {
      const grade = gradeLevelOf(ctx, set.whenTakenGradeLevelDescriptor, SOURCE, `${field}.whenTakenGradeLevelDescriptor`);
      if (grade !== undefined) requirement.suggestedGrade = grade;
    }
    out.push({ id: ids(set.courseSetName), description: set.courseSetName, expression: "COURSES", requirements: [requirement] });
  });
  return out;
}

function assessments(ctx: Context, p: GraduationPlan, ids: (text: string) => string): Criterion[] {
  const { settings, warnings } = ctx;
  return (p.requiredAssessments ?? []).map((r, i) => {
    const field = `requiredAssessments.${i}`;
    const id = r.assessmentReference.assessmentIdentifier;
    const base = { id: "TEST", type: "test" as const, testCodes: [escapePattern(id)] };
    const criterion = (requirement: Criterion["requirements"][number]): Criterion => ({
      id: ids(id),
      description: `${id} (required assessment)`,
      expression: "TEST",
      requirements: [requirement],
    });
    if (r.performanceLevel !== undefined) {
      if ((r.scores ?? []).length > 0) warn(warnings, "scoresIgnored", "the plan requires a performance level and scores: the requirement asks for a pass only", SOURCE, `${field}.scores`);
      return criterion({ ...base, scoreEvaluation: "countPassing", count: 1 });
    }
    const methods = settings.scoresByAssessment.get(id) ?? settings.scores;
    const mins: { minRawScore?: string; minScaleScore?: string } = {};
    (r.scores ?? []).forEach((s, j) => {
      const at = `${field}.scores.${j}`;
      const method = s.assessmentReportingMethodDescriptor;
      const kind = isIn(warnings, methods.raw, method, "AssessmentReportingMethodDescriptor", SOURCE, at) ? "minRawScore" : isIn(warnings, methods.scale, method, "AssessmentReportingMethodDescriptor", SOURCE, at) ? "minScaleScore" : undefined;
      if (s.maximumScore !== undefined) warn(warnings, "maximumScoreIgnored", `a maximum score (${quote(s.maximumScore)}) has no §3 equivalent: left out`, SOURCE, `${at}.maximumScore`);
      if (s.minimumScore === undefined) return;
      const min = readScore(s.minimumScore);
      if (kind === undefined || min === undefined) {
        const why = kind === undefined ? `${quote(codeOf(method))} is neither a raw nor a scale score (options.scores)` : `${quote(s.minimumScore)} is not a number`;
        warn(warnings, "scoreNotMapped", `the minimum score cannot be used: ${why}`, SOURCE, `${at}.minimumScore`);
        return;
      }
      if (mins[kind] !== undefined) warn(warnings, "severalScores", "a second minimum of the same kind: the first was kept", SOURCE, `${at}.minimumScore`);
      else mins[kind] = formatDecimal(min);
    });
    if (mins.minRawScore !== undefined && mins.minScaleScore !== undefined) {
      warn(warnings, "eitherScore", "the plan gives a raw and a scale minimum: in the requirement either one suffices", SOURCE, `${field}.scores`);
    }
    if (mins.minRawScore === undefined && mins.minScaleScore === undefined) {
      warn(warnings, "passAssumed", `no usable minimum score or performance level: the requirement asks for a pass of ${quote(id)}`, SOURCE, field);
      return criterion({ ...base, scoreEvaluation: "countPassing", count: 1 });
    }
    return criterion({ ...base, scoreEvaluation: "oneAtOrAbove", ...mins });
  });
}
