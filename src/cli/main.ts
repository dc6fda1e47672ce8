import { isEvaluateWorker } from "./worker-protocol.js";

/*
 * The entry of the tool and of its worker threads (--jobs), which run this same file. Each side
 * loads only what it needs: a worker evaluates compiled programs and needs neither the expression
 * parser nor the definition schemas, whose construction (Chevrotain's lexer and parser among
 * them) cost every worker about a tenth of a second before its first student.
 */
if (isEvaluateWorker()) {
  void import("./worker-main.js").then((worker) => worker.serveEvaluateWorker());
} else {
  // This file's URL: the script the workers start (the commands live in another chunk).
  void import("./commands.js").then((commands) => commands.main(new URL(import.meta.url)));
}
