import { compilePatternList } from "../match/index.js";

/*
 * DESIGN.md §4 "Pattern lists and exclusions": a record (or score) matches when its number hits
 * a positive entry of the number list or its state code a positive entry of `stateCodes`, and no
 * exclusion in either list hits. Answers are memoised per matcher across students: a district
 * has a few thousand course numbers, and every student repeats them. The memo stops growing at
 * MEMO_LIMIT entries so a stream of unique hostile values cannot exhaust memory.
 */

const MEMO_LIMIT = 20_000;

export type CodeMatcher = (code: string, stateCode: string | undefined) => boolean;

export function compileCodeMatcher(
  codes: readonly string[] | undefined,
  stateCodes: readonly string[] | undefined,
  caseSensitive: boolean,
): CodeMatcher {
  const codeList = compilePatternList(codes ?? [], caseSensitive);
  const stateList = compilePatternList(stateCodes ?? [], caseSensitive);
  const memo = new Map<string, boolean>();

  const decide = (code: string, stateCode: string | undefined): boolean => {
    const hit = codeList.includes(code) || (stateCode !== undefined && stateList.includes(stateCode));
    if (!hit) return false;
    return !(codeList.excludes(code) || (stateCode !== undefined && stateList.excludes(stateCode)));
  };

  return (code, stateCode) => {
    const key = stateCode === undefined ? code : `${code}\u0000${stateCode}`;
    let answer = memo.get(key);
    if (answer === undefined) {
      answer = decide(code, stateCode);
      if (memo.size < MEMO_LIMIT) memo.set(key, answer);
    }
    return answer;
  };
}
