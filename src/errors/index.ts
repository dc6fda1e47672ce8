export { type Issue, formatIssues, formatPath, plural, TOO_MANY_ISSUES } from "./issue.js";
export { MAX_ISSUES, capIssues, countIssues, isCapped, tooManyIssues } from "./cap.js";
export { caretExcerpt } from "./caret.js";
export { escapeControls } from "./escape.js";
export { ProgramDefinitionError } from "./program-definition-error.js";
export { StudentRecordError } from "./student-record-error.js";
export { ExpressionSyntaxError, type SyntaxErrorDetails } from "./expression-syntax-error.js";
export { describeValue, quoteList } from "./describe.js";
