export { type Issue, formatIssues, formatPath, plural } from "./issue.js";
export { caretExcerpt } from "./caret.js";
export { ProgramDefinitionError } from "./program-definition-error.js";
export { StudentRecordError } from "./student-record-error.js";
export { ExpressionSyntaxError, type SyntaxErrorDetails } from "./expression-syntax-error.js";
export { describeValue, quoteList } from "./describe.js";
