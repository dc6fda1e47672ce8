import type { Expression } from "../expression/ast.js";
import { kthHighest, maxStatus, minStatus, type Status } from "../requirements/index.js";

/** Evaluates an expression tree over statuses: AND the minimum, OR the maximum, k OF the k-th highest. */
export function evaluateLogic(expression: Expression, lookup: (id: string) => Status): Status {
  switch (expression.type) {
    case "ref":
      return lookup(expression.id);
    case "and":
      return minStatus(expression.operands.map((e) => evaluateLogic(e, lookup)));
    case "or":
      return maxStatus(expression.operands.map((e) => evaluateLogic(e, lookup)));
    case "of":
      return kthHighest(
        expression.operands.map((e) => evaluateLogic(e, lookup)),
        expression.count,
      );
  }
}
