/**
 * For each node of a graph without cycles, the number of nodes on the longest path that starts
 * there (the node included). Iterative, so a chain of any length is measured without recursion.
 */
export function longestPaths<T>(nodes: readonly T[], edges: (node: T) => readonly T[]): Map<T, number> {
  const length = new Map<T, number>();
  for (const start of nodes) {
    if (length.has(start)) continue;
    const stack: { node: T; next: number }[] = [{ node: start, next: 0 }];
    const open = new Set<T>([start]);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const targets = edges(frame.node);
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        // A node on the current path would be a cycle: those are reported by findCycles.
        if (!length.has(target) && !open.has(target)) {
          open.add(target);
          stack.push({ node: target, next: 0 });
        }
        continue;
      }
      let longest = 0;
      for (const target of targets) longest = Math.max(longest, length.get(target) ?? 0);
      length.set(frame.node, longest + 1);
      open.delete(frame.node);
      stack.pop();
    }
  }
  return length;
}
