import { parentPort, workerData } from "node:worker_threads";
import { loadCompiledProgram } from "../runtime.js";
import { evaluateChunk } from "./batch.js";
import type { Job, Reply, WorkerSetup } from "./worker-protocol.js";

/*
 * A worker thread of `evaluate --jobs`. Both directions carry bytes and transfer their buffers
 * instead of copying them: the main thread never decodes input or encodes output, which kept it
 * busy enough, when it sent strings, to cost the workers a core on a two-core machine
 * (docs/cli.md, "Workers").
 */
export function serveEvaluateWorker(): void {
  const setup = workerData as WorkerSetup;
  const program = loadCompiledProgram(setup.compiled);
  const encoder = new TextEncoder();
  parentPort!.on("message", ({ id, chunk }: Job) => {
    let reply: Reply;
    let transfer: ArrayBuffer[] = [];
    try {
      const result = evaluateChunk(program, chunk, setup);
      const output = encoder.encode(result.output);
      reply = { id, result: { ...result, output } };
      transfer = [output.buffer as ArrayBuffer];
    } catch (error) {
      reply = { id, crash: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply, transfer);
  });
}
