/**
 * Every cycle reachable in a directed graph, each reported once as the list of nodes from the
 * first node met on it back round to that node (`[A, B, A]`). Iterative, so a long chain of
 * links cannot overflow the stack.
 */
export function findCycles<T>(nodes: readonly T[], edges: (node: T) => readonly T[]): T[][] {
  const state = new Map<T, "open" | "done">();
  const cycles: T[][] = [];
  for (const start of nodes) {
    if (state.has(start)) continue;
    const stack: { node: T; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, "open");
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const targets = edges(frame.node);
      if (frame.next >= targets.length) {
        state.set(frame.node, "done");
        stack.pop();
        continue;
      }
      const target = targets[frame.next++]!;
      const seen = state.get(target);
      if (seen === undefined) {
        state.set(target, "open");
        stack.push({ node: target, next: 0 });
      } else if (seen === "open") {
        const from = stack.findIndex((f) => f.node === target);
        cycles.push([...stack.slice(from).map((f) => f.node), target]);
      }
    }
  }
  return cycles;
}
