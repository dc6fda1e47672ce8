import { compilePatternList, createListIndex } from "../match/index.js";

/*
 * DESIGN.md §4 "Pattern lists and exclusions": a record (or score) matches when its number hits
 * a positive entry of the number list or its state code a positive entry of `stateCodes`, and no
 * exclusion in either list hits.
 */

export type CodeMatcher = (code: string, stateCode: string | undefined) => boolean;

/** One list pair on its own (createMatchIndex indexes many together). */
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
 * Every pattern list pair of a program set, numbered, answering "which slots match this course
 * number (and state code)?". The lists are indexed together (see createListIndex in src/match), so
 * a new value costs about the same with 40 patterns as with thousands. The answers are also
 * remembered across students: a district has a few thousand course numbers and every student
 * repeats them, so after the first students each transcript record costs one or two hash lookups.
 * The memo stops growing at MEMO_LIMIT answers (course numbers and state codes together) so a
 * stream of unique hostile values cannot exhaust memory.
 */
export interface MatchIndex {
  /**
   * Adds a slot: a record matches it when its number matches a positive entry of `codes` or its
   * state code one of `stateCodes`, and no `!` exclusion in either list matches (DESIGN.md §4).
   * Returns the slot. A malformed entry throws a ProgramDefinitionError (path `[index]`).
   */
  register(codes: readonly string[] | undefined, stateCodes: readonly string[] | undefined, caseSensitive: boolean): number;
  /** Indexes the slots registered so far (at load time, say); `slotsOf` does it when needed. */
  build(): void;
  /** The slots the pair matches, ascending. */
  slotsOf(code: string, stateCode: string | undefined): readonly number[];
  readonly size: number;
}

export const MEMO_LIMIT = 20_000;

interface ByStateCode {
  withoutState: readonly number[] | undefined;
  /** The first state code asked with this number, and its answer: a course number has one, as a rule. */
  state: string | undefined;
  stateSlots: readonly number[] | undefined;
  /** Any other state codes. */
  byState: Map<string, readonly number[]> | undefined;
}

export function createMatchIndex(): MatchIndex {
  const lists = createListIndex();
  let memo = new Map<string, ByStateCode>();
  // Answers remembered, over every course number and state code together.
  let remembered = 0;
  return {
    register(codes, stateCodes, caseSensitive) {
      if (memo.size > 0) {
        // A slot added late changes earlier answers.
        memo = new Map();
        remembered = 0;
      }
      return lists.add(codes, stateCodes, caseSensitive);
    },
    build() {
      lists.build();
    },
    slotsOf(code, stateCode) {
      let entry = memo.get(code);
      if (entry === undefined) {
        if (remembered >= MEMO_LIMIT) return lists.slotsOf(code, stateCode);
        entry = { withoutState: undefined, state: undefined, stateSlots: undefined, byState: undefined };
        memo.set(code, entry);
      }
      if (stateCode === undefined) {
        if (entry.withoutState === undefined) {
          entry.withoutState = lists.slotsOf(code, undefined);
          remembered++;
        }
        return entry.withoutState;
      }
      if (entry.state === stateCode) return entry.stateSlots!;
      let slots = entry.byState?.get(stateCode);
      if (slots === undefined) {
        slots = lists.slotsOf(code, stateCode);
        if (remembered < MEMO_LIMIT) {
          if (entry.state === undefined) {
            entry.state = stateCode;
            entry.stateSlots = slots;
          } else (entry.byState ??= new Map()).set(stateCode, slots);
          remembered++;
        }
      }
      return slots;
    },
    get size() {
      return lists.size;
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
