import * as z from "zod/mini";
import { sign } from "../decimal/fixed.js";
import { readDecimal } from "../decimal/read.js";
import { DecimalValue } from "../schema/decimal-schema.js";
import { tooManyDigits } from "./decimals.js";

/*
 * The building blocks of the resource schemas. Objects are loose (Ed-Fi resources carry many
 * fields this adapter does not read); only the fields it uses are typed. A failed refinement
 * names its message in `params.edFi`, which issues.ts turns into a sentence.
 */

export const Text = z.string().check(z.minLength(1));
export const Descriptor = Text;
export const EdOrgId = z.int();
export const SchoolYear = z.int();
export const DateText = z.string();

const withinDigits = (value: number | string) => {
  const read = readDecimal(value);
  return typeof read === "string" || !tooManyDigits(read);
};
const notNegative = (value: number | string) => {
  const read = readDecimal(value);
  return typeof read === "string" || sign(read) >= 0;
};

/** A decimal number (JSON number in plain notation, or decimal text) of at most 30 digits. */
export const Decimal = DecimalValue.check(z.refine(withinDigits, { params: { edFi: "tooManyDigits" } }));
/** Credits and grade points: decimals that are not negative. */
export const Amount = Decimal.check(z.refine(notNegative, { params: { edFi: "negativeNumber" } }));

export const StudentReference = z.looseObject({ studentUniqueId: Text });
export const EdOrgReference = z.looseObject({ educationOrganizationId: EdOrgId });

export const AcademicSubjects = z.optional(z.array(z.looseObject({ academicSubjectDescriptor: Descriptor })));
export const CourseIdentificationCodes = z.optional(
  z.array(z.looseObject({ identificationCode: z.string(), courseIdentificationSystemDescriptor: Descriptor })),
);
