import { formatDecimal, readDecimal } from "../decimal/index.js";
import { describeValue, quoteList, type Issue } from "../errors/index.js";
import { unknownKeyMessage } from "../shape/words.js";
import { DECIMAL_PATTERN } from "./decimal-schema.js";

/*
 * zod/mini messages are all "Invalid input" without a locale, and zod's own words are written for
 * developers. Administrators read ours: each zod issue code becomes a sentence naming what was
 * expected and what was found.
 */

interface ZodIssueLike {
  code: string;
  message?: string;
  path: PropertyKey[];
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  options?: unknown[];
  note?: string;
  discriminator?: string;
  origin?: string;
  format?: string;
  pattern?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  params?: Record<string, unknown>;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

/** zod reports a bad discriminator with the whole object as input: the value is under the key. */
function discriminatorValue(issue: ZodIssueLike): unknown {
  const input = issue.input;
  return typeof input === "object" && input !== null ? (input as Record<string, unknown>)[issue.discriminator!] : undefined;
}

function decimalProblem(input: unknown): string {
  const read = readDecimal(input);
  return typeof read === "string" ? read : `must not be negative, but is ${formatDecimal(read)}`;
}

/** A decimal the refinement rejected: not a number of §2's form, or a negative amount. */
function decimalCode(input: unknown): string {
  return typeof readDecimal(input) === "string" ? "invalidNumber" : "negativeNumber";
}

function messageFor(issue: ZodIssueLike): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      return `expected ${EXPECTED[issue.expected ?? ""] ?? issue.expected}, but found ${describeValue(issue.input)}`;
    case "invalid_value":
      return `expected ${quoteList(issue.values ?? [])}, but found ${describeValue(issue.input)}`;
    case "invalid_union":
      if (issue.discriminator !== undefined) {
        const found = discriminatorValue(issue);
        return found === undefined ? "is required" : `expected ${quoteList(issue.options ?? [])}, but found ${describeValue(found)}`;
      }
      if (issue.input === undefined) return "is required";
      return `expected a decimal number, but found ${describeValue(issue.input)}`;
    case "invalid_format":
      if (issue.pattern === String(DECIMAL_PATTERN)) return decimalProblem(issue.input);
      return `is not in the expected format (found ${describeValue(issue.input)})`;
    case "too_small":
      if (issue.origin === "string") {
        return issue.minimum === 1 ? "must not be empty" : `must be at least ${issue.minimum} characters long`;
      }
      if (issue.origin === "array") return `must have at least ${issue.minimum} entries`;
      return `must be at least ${issue.minimum}, but found ${describeValue(issue.input)}`;
    case "too_big":
      if (issue.origin === "string") return `must be at most ${issue.maximum} characters long`;
      if (issue.origin === "array") return `must have at most ${issue.maximum} entries`;
      return `must be at most ${issue.maximum}, but found ${describeValue(issue.input)}`;
    case "custom":
      if (issue.params?.["decimal"] === true) return decimalProblem(issue.input);
      // A rule across fields (ObjectCheck) words its own problems.
      if (typeof issue.params?.["code"] === "string" && issue.message !== undefined) return issue.message;
      return "is not valid";
    default:
      return "is not valid";
  }
}

function codeFor(issue: ZodIssueLike): string {
  if (issue.code === "invalid_format" && issue.pattern === String(DECIMAL_PATTERN)) return "invalidNumber";
  if (issue.code === "custom" && issue.params?.["decimal"] === true) return decimalCode(issue.input);
  if (issue.code === "custom" && typeof issue.params?.["code"] === "string") return issue.params["code"];
  if (issue.code === "invalid_type" && issue.input === undefined) return "required";
  if (issue.code === "invalid_union" && issue.discriminator !== undefined && discriminatorValue(issue) === undefined) {
    return "required";
  }
  if (issue.code === "invalid_union" && issue.input === undefined) return "required";
  return {
    invalid_type: "invalidType",
    invalid_value: "invalidValue",
    invalid_union: issue.discriminator !== undefined ? "invalidValue" : "invalidType",
    too_small: "tooSmall",
    too_big: "tooBig",
  }[issue.code] ?? "invalid";
}

/**
 * zod issues → our issues, one per unknown key, paths prefixed (`["programs", 2]`). zod may report
 * two problems at one path (an integer outside the safe range and above a maximum): the first is
 * kept.
 */
export function toIssues(issues: readonly ZodIssueLike[], prefix: readonly (string | number)[] = []): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys ?? []) {
        out.push({ path, code: "unknownKey", message: unknownKeyMessage(key, []) });
      }
      continue;
    }
    const where = JSON.stringify(path);
    if (seen.has(where)) continue;
    seen.add(where);
    out.push({ path, code: codeFor(issue), message: messageFor(issue) });
  }
  return out;
}
