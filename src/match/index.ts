export { matchWildcard, type WildcardOptions } from "./match-wildcard.js";
export {
  compilePatternList,
  findPatternProblems,
  type PatternList,
  type PatternListProblem,
} from "./pattern-list.js";
export {
  parsePattern,
  isLiteralPattern,
  isPatternProblem,
  describePatternProblem,
  type ParsedPattern,
  type PatternProblem,
  type PatternSegment,
  type PatternToken,
} from "./pattern.js";
export { matchParsed, matchFolded } from "./matcher.js";
export { createListIndex, type ListIndex } from "./list-index.js";
