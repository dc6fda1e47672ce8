/*
 * A trie over UTF-16 code units holding numbers at the nodes: the patterns whose literal prefix
 * (or, read backwards, literal suffix) is the path to the node. Walking a value visits only the
 * nodes it spells, so its cost is bounded by the value's length, however many patterns there are.
 * A node keeps its children's characters as one string: `indexOf` over a few characters beats a
 * Map lookup, and most nodes have one child.
 */

interface Node {
  ids: number[] | undefined;
  chars: string;
  kids: Node[];
}

export interface CharTrie {
  /** Files `id` under `key` (written in reading order, also for a trie read from the end). */
  add(key: string, id: number): void;
  /**
   * Calls `visit` with the ids filed under every key the value starts with (or ends with) when
   * read from `from` (counted from the end in a trie read from the end).
   */
  collect(value: string, from: number, visit: (id: number) => void): void;
}

const node = (): Node => ({ ids: undefined, chars: "", kids: [] });

/** `fromEnd`: keys are suffixes, and values are read from their last code unit. */
export function createCharTrie(fromEnd: boolean): CharTrie {
  const root = node();
  return {
    add(key, id) {
      let at = root;
      for (let i = 0; i < key.length; i++) {
        const char = key.charAt(fromEnd ? key.length - 1 - i : i);
        const k = at.chars.indexOf(char);
        if (k >= 0) {
          at = at.kids[k]!;
        } else {
          const child = node();
          at.chars += char;
          at.kids.push(child);
          at = child;
        }
      }
      (at.ids ??= []).push(id);
    },
    collect(value, from, visit) {
      let at = root;
      const last = value.length - 1;
      for (let i = from; ; i++) {
        if (at.ids !== undefined) for (const id of at.ids) visit(id);
        if (i > last || at.chars === "") return;
        const k = at.chars.indexOf(value.charAt(fromEnd ? last - i : i));
        if (k < 0) return;
        at = at.kids[k]!;
      }
    },
  };
}
