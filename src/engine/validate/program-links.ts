import { kindOf } from "../../requirements/index.js";
import type { IssueSink, Path } from "../../shape/issues.js";
import { findCycles } from "./cycles.js";
import { longestPaths } from "./depth.js";
import { MAX_PROGRAM_CHAIN } from "./limits.js";
import type { RequirementEntry } from "./program-rules.js";

/*
 * Links between the programs of a set (DESIGN.md §4 "Academic program requirement", §8 depth):
 * ids unique, every named program given, no cycles, no chain longer than MAX_PROGRAM_CHAIN.
 */

export interface LinkedProgram {
  id: string;
  /** Where the program's own `id` is (`["id"]`, `["programs", 2, "id"]`). */
  idPath: Path;
  requirements: readonly RequirementEntry[];
}

/** The program ids a program's requirements name, in order (repeats kept). */
export function namedPrograms(requirements: readonly RequirementEntry[]): string[] {
  return requirements.flatMap(({ definition }) => [...(kindOf(definition).namedPrograms?.(definition) ?? [])]);
}

/** Program id → the first program given with it (later ones are reported as duplicates). */
export function firstById<P extends { id: string }>(programs: readonly P[]): Map<string, P> {
  const byId = new Map<string, P>();
  for (const p of programs) if (!byId.has(p.id)) byId.set(p.id, p);
  return byId;
}

export function validateProgramLinks(issues: IssueSink, programs: readonly LinkedProgram[], describeSet: string): void {
  const ids = programs.map((p) => p.id);
  const seen = new Set<string>();
  programs.forEach((p) => {
    if (seen.has(p.id)) issues.add(p.idPath, "duplicateId", `program id ${JSON.stringify(p.id)} is used more than once`);
    seen.add(p.id);
  });
  const known = new Set(ids);
  for (const program of programs) {
    for (const { definition, path } of program.requirements) {
      const named = kindOf(definition).namedPrograms?.(definition);
      if (named === undefined) continue;
      const listed = new Set<string>();
      named.forEach((id, k) => {
        if (listed.has(id)) issues.add([...path, "programs", k], "duplicateId", `program ${JSON.stringify(id)} is used more than once`);
        listed.add(id);
      });
      named.forEach((id, k) => {
        if (!known.has(id)) {
          issues.add([...path, "programs", k], "unknownProgram", `no program ${JSON.stringify(id)} among ${describeSet}`);
        }
      });
    }
  }
  const byId = firstById(programs);
  const edges = (id: string) => namedPrograms(byId.get(id)!.requirements).filter((n) => known.has(n));
  const cycles = findCycles([...byId.keys()], edges);
  for (const cycle of cycles) {
    issues.add(byId.get(cycle[0]!)!.idPath, "programCycle", `programs require each other in a cycle: ${cycle.join(" → ")}`);
  }
  if (cycles.length > 0) return;
  const named = new Set([...byId.keys()].flatMap(edges));
  const lengths = longestPaths([...byId.keys()], edges);
  for (const program of byId.values()) {
    if (named.has(program.id)) continue;
    const length = lengths.get(program.id) ?? 1;
    if (length > MAX_PROGRAM_CHAIN) {
      issues.add(
        program.idPath,
        "tooDeep",
        `program ${JSON.stringify(program.id)} starts a chain of ${length} programs linked by academic-program requirements; at most ${MAX_PROGRAM_CHAIN} are allowed`,
      );
    }
  }
}
