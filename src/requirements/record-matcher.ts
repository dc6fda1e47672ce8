import { compilePatternList } from "../match/index.js";

/*
 * DESIGN.md §4 "Pattern lists and exclusions": a record (or score) matches when its number hits
 * a positive entry of the number list or its state code a positive entry of `stateCodes`, and no
 * exclusion in either list hits.
 */

export type CodeMatcher = (code: string, stateCode: string | undefined) => boolean;

export function compileCodeMatcher(
  codes: readonly string[] | undefined,
  stateCodes: readonly string[] | undefined,
  caseSensitive: boolean,
): CodeMatcher {
  const codeList = compilePatternList(codes ?? [], caseSensitive);
  const stateList = compilePatternList(stateCodes ?? [], caseSensitive);
  return (code, stateCode) => {
    const hit = codeList.includes(code) || (stateCode !== undefined && stateList.includes(stateCode));
    if (!hit) return false;
    return !(codeList.excludes(code) || (stateCode !== undefined && stateList.excludes(stateCode)));
  };
}

/**
 * Every pattern list of a program set, numbered, with the answer to "which lists match this
 * course number (and state code)?" remembered across students: a district has a few thousand
 * course numbers and every student repeats them, so after the first students each transcript
 * record costs one or two hash lookups, however many requirements the program has. The memo
 * stops growing at MEMO_LIMIT answers (course numbers and state codes together) so a stream of
 * unique hostile values cannot exhaust memory.
 */
export interface MatchIndex {
  /** Adds a pattern list pair (number patterns, state-code patterns) and returns its slot. Call before the first `slotsOf`. */
  register(codes: readonly string[] | undefined, stateCodes: readonly string[] | undefined, caseSensitive: boolean): number;
  /** The slots whose matcher accepts the pair, ascending. */
  slotsOf(code: string, stateCode: string | undefined): readonly number[];
  readonly size: number;
}

const MEMO_LIMIT = 20_000;

interface ByStateCode {
  withoutState: readonly number[] | undefined;
  byState: Map<string, readonly number[]> | undefined;
}

export function createMatchIndex(): MatchIndex {
  const matchers: CodeMatcher[] = [];
  const memo = new Map<string, ByStateCode>();
  // Answers remembered, over every course number and state code together.
  let remembered = 0;
  const compute = (code: string, stateCode: string | undefined): readonly number[] => {
    const slots: number[] = [];
    for (let i = 0; i < matchers.length; i++) if (matchers[i]!(code, stateCode)) slots.push(i);
    return slots;
  };
  return {
    register(codes, stateCodes, caseSensitive) {
      matchers.push(compileCodeMatcher(codes, stateCodes, caseSensitive));
      return matchers.length - 1;
    },
    slotsOf(code, stateCode) {
      let entry = memo.get(code);
      if (entry === undefined) {
        if (remembered >= MEMO_LIMIT) return compute(code, stateCode);
        entry = { withoutState: undefined, byState: undefined };
        memo.set(code, entry);
      }
      if (stateCode === undefined) {
        if (entry.withoutState === undefined) {
          entry.withoutState = compute(code, undefined);
          remembered++;
        }
        return entry.withoutState;
      }
      let slots = entry.byState?.get(stateCode);
      if (slots === undefined) {
        slots = compute(code, stateCode);
        if (remembered < MEMO_LIMIT) {
          (entry.byState ??= new Map()).set(stateCode, slots);
          remembered++;
        }
      }
      return slots;
    },
    get size() {
      return matchers.length;
    },
  };
}

/** Items grouped by the slots they match, each group in input order. */
export function bucketBySlot<T>(
  items: readonly T[],
  index: MatchIndex,
  keyOf: (item: T) => string,
  stateOf: (item: T) => string | undefined,
): T[][] {
  const buckets: T[][] = new Array(index.size);
  for (const item of items) {
    for (const slot of index.slotsOf(keyOf(item), stateOf(item))) (buckets[slot] ??= []).push(item);
  }
  return buckets;
}
