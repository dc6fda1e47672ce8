import { Worker, parentPort, workerData } from "node:worker_threads";
import { loadCompiledProgram, type CompiledProgram, type CompiledProgramJSON } from "../index.js";
import { evaluateBatch, type BatchResult, type BatchSetup, type InputLine } from "./batch.js";

/** Evaluates batches of lines; results resolve in any order, the caller restores input order. */
export interface BatchRunner {
  run(lines: InputLine[]): Promise<BatchResult>;
  close(): Promise<void>;
}

export function inlineRunner(program: CompiledProgram, setup: BatchSetup): BatchRunner {
  return {
    run: async (lines) => evaluateBatch(program, lines, setup),
    close: async () => {},
  };
}

const ROLE = "program-criteria/evaluate-worker";

interface WorkerSetup extends BatchSetup {
  role: typeof ROLE;
  /*
   * The compiled form, not the definitions: workers skip validation and the program is compiled
   * exactly once, in the main thread.
   */
  compiled: CompiledProgramJSON;
}

interface Job {
  id: number;
  lines: InputLine[];
}

type Reply = { id: number; result: BatchResult } | { id: number; crash: string };

/** True in a thread started by `workerRunner`: the bundle is its own worker script. */
export function isEvaluateWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerSetup> | null)?.role === ROLE;
}

export function serveEvaluateWorker(): void {
  const setup = workerData as WorkerSetup;
  const program = loadCompiledProgram(setup.compiled);
  parentPort!.on("message", ({ id, lines }: Job) => {
    let reply: Reply;
    try {
      reply = { id, result: evaluateBatch(program, lines, setup) };
    } catch (error) {
      reply = { id, crash: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply);
  });
}

interface Pending {
  resolve: (result: BatchResult) => void;
  reject: (error: Error) => void;
}

/** `jobs` worker threads running this same file; each batch goes to the least busy one. */
export function workerRunner(jobs: number, program: CompiledProgram, setup: BatchSetup, script: URL): BatchRunner {
  const data: WorkerSetup = { ...setup, role: ROLE, compiled: program.toJSON() };
  let nextId = 0;
  let failure: Error | undefined;
  const slots = Array.from({ length: jobs }, () => {
    const worker = new Worker(script, { workerData: data });
    const pending = new Map<number, Pending>();
    const fail = (error: Error) => {
      failure ??= error;
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    worker.on("message", (reply: Reply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if ("crash" in reply) p?.reject(new Error(reply.crash));
      else p?.resolve(reply.result);
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (pending.size > 0) fail(new Error(`an evaluation worker stopped (exit code ${code})`));
    });
    return { worker, pending };
  });

  return {
    run(lines) {
      if (failure !== undefined) return Promise.reject(failure);
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, lines } satisfies Job);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
