/*
 * benchProgram()'s course requirements and credit groups as plain tables, shared by the
 * json-logic-js and json-rules-engine encodings (each turns them into its own rule format).
 */

export interface CourseReq {
  id: string;
  courses: string[];
  stateCodes?: string[];
  minCredits: number;
  minGpa?: number;
  limitCreditType?: string;
}

export const COURSES: CourseReq[] = [
  { id: "ENG9", courses: ["ENG1%", "!ENG199"], stateCodes: ["01001"], minCredits: 1 },
  { id: "ENG10", courses: ["ENG2%"], minCredits: 1 },
  { id: "ENG_UPPER", courses: ["ENG3%", "ENG4%"], minCredits: 1 },
  { id: "ENG_CREDITS", courses: ["ENG%", "!ENG199"], minCredits: 4, limitCreditType: "English" },
  { id: "ALG1", courses: ["MAT1[0-2]_", "!MAT100"], stateCodes: ["02052"], minCredits: 1, minGpa: 1.0, limitCreditType: "Math" },
  { id: "GEOM", courses: ["MAT2%"], minCredits: 1 },
  { id: "ALG2", courses: ["MAT3[01]_"], minCredits: 1 },
  { id: "STATS", courses: ["MAT35_"], minCredits: 1 },
  { id: "MATH_CREDITS", courses: ["MAT%", "!MAT100"], minCredits: 3, limitCreditType: "Math" },
  { id: "BIO", courses: ["SCI1%"], stateCodes: ["03051"], minCredits: 1 },
  { id: "CHEM", courses: ["SCI2%"], minCredits: 1 },
  { id: "PHYS", courses: ["SCI3%"], minCredits: 1 },
  { id: "EARTH", courses: ["SCI4%"], minCredits: 1 },
  { id: "SCI_CREDITS", courses: ["SCI%"], minCredits: 3, limitCreditType: "Science" },
  { id: "WORLD", courses: ["SOC1%"], minCredits: 1 },
  { id: "US_HIST", courses: ["SOC2%"], stateCodes: ["04101"], minCredits: 1, minGpa: 2.0 },
  { id: "SOC_CREDITS", courses: ["SOC%"], minCredits: 3, limitCreditType: "Social Studies" },
  { id: "ARTS", courses: ["ART%", "MUS%"], minCredits: 2, limitCreditType: "Fine Arts" },
  { id: "WORLD_LANG", courses: ["WL%"], minCredits: 2, limitCreditType: "World Language" },
  { id: "CTE", courses: ["CTE%"], minCredits: 2 },
];

export const GROUPS: { id: string; types: string[] | null; min: number }[] = [
  { id: "ENG", types: ["English"], min: 4 },
  { id: "MATH", types: ["Math"], min: 3 },
  { id: "SCI", types: ["Science"], min: 3 },
  { id: "ELECT", types: ["World Language", "CTE", "Fine Arts", "Elective"], min: 4 },
  { id: "TOTAL", types: null, min: 22 },
];
