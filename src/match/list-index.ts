import { readPatternList, type PatternEntry } from "./pattern-list.js";
import { createPatternIndex, type PatternIndex } from "./pattern-index.js";

/*
 * DESIGN.md §4 "Pattern lists and exclusions" for every list pair of a program set at once. Each
 * slot is a pair of lists — numbers (course numbers or test codes) and state codes — in one case
 * mode. A pair (number, state code) matches a slot when the number hits a positive entry of its
 * number list or the state code a positive entry of its state-code list, and no exclusion in
 * either list hits.
 *
 * All the entries of all the slots go into four pattern indexes (numbers and state codes, each
 * case-sensitive and not), an equal pattern once with the slots that list it, so a lookup folds
 * each value once and runs the matcher only on the patterns the value could match; the slots
 * then follow from the patterns hit.
 */

export interface ListIndex {
  /** Adds a slot for the lists (validated: a malformed entry throws, path `[index]`); returns its number. */
  add(codes: readonly string[] | undefined, stateCodes: readonly string[] | undefined, caseSensitive: boolean): number;
  /** Indexes the slots added so far; `slotsOf` does it when needed. */
  build(): void;
  /** The slots the pair matches, ascending. */
  slotsOf(code: string, stateCode: string | undefined): readonly number[];
  readonly size: number;
}

interface Slot {
  codes: PatternEntry[];
  stateCodes: PatternEntry[];
  caseSensitive: boolean;
}

/** One pattern index and, by pattern id, the slots listing the pattern as a positive entry or an exclusion. */
interface Side {
  index: PatternIndex;
  positive: number[][];
  excluded: number[][];
  empty: boolean;
}

const HIT = 1;
const EXCLUDED = 2;
const NONE: readonly number[] = [];

function side(): Side {
  return { index: createPatternIndex(), positive: [], excluded: [], empty: true };
}

function fileEntries(target: Side, entries: readonly PatternEntry[], slot: number): void {
  for (const entry of entries) {
    const id = target.index.add(entry.pattern);
    const slots = ((entry.excluded ? target.excluded : target.positive)[id] ??= []);
    if (slots[slots.length - 1] !== slot) slots.push(slot);
    target.empty = false;
  }
}

export function createListIndex(): ListIndex {
  const slots: Slot[] = [];
  let built = false;
  let codes = side();
  let codesFolded = side();
  let states = side();
  let statesFolded = side();
  // Per lookup: the flags of each slot reached, and which slots those are.
  let flags = new Uint8Array(0);
  let touched: number[] = [];
  let reached = 0;
  // The side being looked up; kept here so that the visitors are closures made once.
  let current = codes;

  const flag = (ids: readonly number[] | undefined, bit: number): void => {
    if (ids === undefined) return;
    for (const slot of ids) {
      if (flags[slot] === 0) touched[reached++] = slot;
      flags[slot]! |= bit;
    }
  };
  const onMatch = (id: number): void => {
    flag(current.positive[id], HIT);
    flag(current.excluded[id], EXCLUDED);
  };

  function build(): void {
    codes = side();
    codesFolded = side();
    states = side();
    statesFolded = side();
    slots.forEach((s, slot) => {
      fileEntries(s.caseSensitive ? codes : codesFolded, s.codes, slot);
      fileEntries(s.caseSensitive ? states : statesFolded, s.stateCodes, slot);
    });
    flags = new Uint8Array(slots.length);
    touched = new Array<number>(slots.length).fill(0);
    built = true;
  }

  function lookUp(exact: Side, folded: Side, value: string): void {
    if (!exact.empty) {
      current = exact;
      exact.index.matches(value, onMatch);
    }
    if (!folded.empty) {
      current = folded;
      folded.index.matches(value.toLowerCase(), onMatch);
    }
  }

  return {
    add(codeList, stateCodeList, caseSensitive) {
      slots.push({
        codes: readPatternList(codeList ?? [], caseSensitive),
        stateCodes: readPatternList(stateCodeList ?? [], caseSensitive),
        caseSensitive,
      });
      built = false;
      return slots.length - 1;
    },
    build,
    slotsOf(code, stateCode) {
      if (!built) build();
      reached = 0;
      lookUp(codes, codesFolded, code);
      if (stateCode !== undefined) lookUp(states, statesFolded, stateCode);
      let matched: number[] | undefined;
      for (let i = 0; i < reached; i++) {
        const slot = touched[i]!;
        if (flags[slot] === HIT) (matched ??= []).push(slot);
        flags[slot] = 0;
      }
      return matched === undefined ? NONE : ascending(matched);
    },
    get size() {
      return slots.length;
    },
  };
}

/** A value reaches few slots, mostly in order already: insertion sort, unless there are many. */
function ascending(slots: number[]): number[] {
  if (slots.length > 32) return slots.sort((a, b) => a - b);
  for (let i = 1; i < slots.length; i++) {
    const slot = slots[i]!;
    let j = i - 1;
    for (; j >= 0 && slots[j]! > slot; j--) slots[j + 1] = slots[j]!;
    slots[j + 1] = slot;
  }
  return slots;
}
