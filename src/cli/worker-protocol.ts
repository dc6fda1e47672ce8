import { parentPort, workerData } from "node:worker_threads";
import type { CompiledProgramJSON } from "../runtime.js";
import type { BatchResult, BatchSetup } from "./batch.js";
import type { Chunk } from "./lines.js";

/*
 * What the tool and its worker threads (evaluate --jobs) say to each other. Workers run the tool's
 * own file, and workerData.role tells them apart from the tool.
 */

export const ROLE = "program-criteria/evaluate-worker";

export interface WorkerSetup extends BatchSetup {
  role: typeof ROLE;
  /*
   * The compiled form, not the definitions: workers skip validation and the program is compiled
   * exactly once, in the main thread.
   */
  compiled: CompiledProgramJSON;
}

/** What a chunk gave, its output as text (evaluated here) or as UTF-8 bytes (from a worker). */
export interface RunResult extends Omit<BatchResult, "output"> {
  output: string | Uint8Array;
}

export interface Job {
  id: number;
  chunk: Chunk;
}

export type Reply = { id: number; result: RunResult } | { id: number; crash: string };

/** True in a thread started by `workerRunner`. */
export function isEvaluateWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerSetup> | null)?.role === ROLE;
}
