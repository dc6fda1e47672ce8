import { brand, hasBrand } from "./brand.js";
import { caretExcerpt } from "./caret.js";
import type { Issue } from "./issue.js";

/** What a syntax error knows about its position and cause. */
export interface SyntaxErrorDetails {
  /** `unexpectedCharacter`, `unexpectedToken`, `unexpectedEnd`, `emptyExpression`, `ofCount`, `tooLong`, `tooDeep`, `notText`, `notExpression`. */
  code: string;
  /** 1-based line of the first bad character or token (or of the end of the text). */
  line: number;
  /** 1-based column. */
  column: number;
  /** 0-based offset into the text. */
  offset: number;
  /** How many characters the problem spans (at least 1 for the caret; 0 at the end of the text). */
  length: number;
  /** What would have been accepted, in words (`AND`, `OR`, `a requirement id`, `the end of the expression`). */
  expected: string[];
  /** What was found (`ANDD`, `$`, `the end of the expression`). */
  found: string;
  /** One sentence: "Expected AND, OR or the end of the expression after `ALG1`, but found `ANDD`". */
  summary: string;
}

/** An expression does not follow the grammar, or exceeds the length or nesting limits. */
export class ExpressionSyntaxError extends Error implements SyntaxErrorDetails {
  declare readonly name: "ExpressionSyntaxError";
  readonly code: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly length: number;
  readonly expected: string[];
  readonly found: string;
  readonly summary: string;
  readonly issues: Issue[];

  constructor(text: string, details: SyntaxErrorDetails) {
    super(
      `${details.summary} (line ${details.line}, column ${details.column}):\n` +
        caretExcerpt(text, details.line, details.column, details.length),
    );
    brand(this, "ExpressionSyntaxError");
    this.code = details.code;
    this.line = details.line;
    this.column = details.column;
    this.offset = details.offset;
    this.length = details.length;
    this.expected = details.expected;
    this.found = details.found;
    this.summary = details.summary;
    this.issues = [{ path: [], code: details.code, message: details.summary }];
  }

  /** True for an ExpressionSyntaxError from any copy of this library (ESM or CJS). */
  static is(value: unknown): value is ExpressionSyntaxError {
    return hasBrand(value, "ExpressionSyntaxError");
  }
}
