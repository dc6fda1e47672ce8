import { Worker } from "node:worker_threads";
import type { CompiledProgram } from "../runtime.js";
import { evaluateChunk, type BatchSetup } from "./batch.js";
import type { Chunk } from "./lines.js";
import { ROLE, type Job, type Reply, type RunResult, type WorkerSetup } from "./worker-protocol.js";

/** Evaluates chunks of lines; results resolve in any order, the caller restores input order. */
export interface BatchRunner {
  run(chunk: Chunk): Promise<RunResult>;
  close(): Promise<void>;
}

export function inlineRunner(program: CompiledProgram, setup: BatchSetup): BatchRunner {
  return {
    run: async (chunk) => evaluateChunk(program, chunk, setup),
    close: async () => {},
  };
}

interface Pending {
  resolve: (result: RunResult) => void;
  reject: (error: Error) => void;
}

/** `jobs` worker threads running this same file; each chunk goes to the least busy one. */
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
    run(chunk) {
      if (failure !== undefined) return Promise.reject(failure);
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, chunk } satisfies Job, [chunk.bytes.buffer as ArrayBuffer]);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
