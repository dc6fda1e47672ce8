/** DESIGN.md §8 "Depth": the longest chain of academic-program requirements, in programs. */
export const MAX_PROGRAM_CHAIN = 32;
/** DESIGN.md §8 "Depth": the longest chain of child requirements, in criteria. */
export const MAX_CRITERION_CHAIN = 64;
