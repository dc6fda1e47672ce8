import { describeValue } from "../errors/index.js";
import type { Expression } from "../expression/ast.js";
import type { IssueSink, Path } from "./issues.js";
import { errorText } from "./words.js";

/*
 * A compiled plan stores expressions parsed. Loading one checks every node and copies the tree,
 * with an explicit stack: a damaged artefact may nest far deeper than any parsed text can.
 */

/**
 * Operator nodes on one path of a tree the parser can build: 64 nested groups (DESIGN.md §5)
 * plus the group of the whole text. A deeper tree cannot come from compileProgram.
 */
export const MAX_EXPRESSION_DEPTH = 65;

const { propertyIsEnumerable } = Object.prototype;

interface Frame {
  value: unknown;
  path: Path;
  depth: number;
  /** Where the copy goes: the parent's operand list, or the root holder. */
  into: Expression[];
}

function own(value: object, key: string): unknown {
  return propertyIsEnumerable.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function isPlain(value: unknown): value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

function readSpan(value: unknown): { start: number; end: number } | undefined {
  if (!isPlain(value)) return undefined;
  const start = own(value, "start");
  const end = own(value, "end");
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) ? { start: start as number, end: end as number } : undefined;
}

/** A copy of the expression tree, or undefined with the first problem reported. */
export function readExpressionTree(value: unknown, sink: IssueSink, path: Path): Expression | undefined {
  const root: Expression[] = [];
  const stack: Frame[] = [{ value, path, depth: 0, into: root }];
  const fail = (at: Path, message: string) => {
    sink.add(at, "invalidExpression", message);
    return undefined;
  };
  try {
    for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
      const { value: node, path: at } = frame;
      if (!isPlain(node)) return fail(at, `expected an expression node, but found ${describeValue(node)}`);
      const type = own(node, "type");
      const span = readSpan(own(node, "span"));
      if (span === undefined) return fail([...at, "span"], "expected { start, end } offsets");
      if (type === "ref") {
        const id = own(node, "id");
        if (typeof id !== "string" || id === "") return fail([...at, "id"], `expected a reference id, but found ${describeValue(id)}`);
        frame.into.push({ type: "ref", id, span });
        continue;
      }
      if (type !== "and" && type !== "or" && type !== "of") {
        return fail([...at, "type"], `expected "ref", "and", "or" or "of", but found ${describeValue(type)}`);
      }
      if (frame.depth >= MAX_EXPRESSION_DEPTH) return fail(at, `nested more than ${MAX_EXPRESSION_DEPTH} groups deep`);
      const operands = own(node, "operands");
      if (!Array.isArray(operands) || operands.length < (type === "of" ? 1 : 2)) {
        return fail([...at, "operands"], `expected a list of ${type === "of" ? "at least one operand" : "at least two operands"}`);
      }
      const copies: Expression[] = [];
      if (type === "of") {
        const count = own(node, "count");
        if (!Number.isSafeInteger(count) || (count as number) < 1 || (count as number) > operands.length) {
          return fail([...at, "count"], `expected a whole number from 1 to ${operands.length}, but found ${describeValue(count)}`);
        }
        frame.into.push({ type: "of", count: count as number, operands: copies, span });
      } else {
        frame.into.push({ type, operands: copies, span });
      }
      // Pushed in reverse so operands are visited, and copied, in order.
      for (let i = operands.length - 1; i >= 0; i--) {
        stack.push({ value: operands[i], path: [...at, "operands", i], depth: frame.depth + 1, into: copies });
      }
    }
  } catch (error) {
    return fail(path, `could not be read (${errorText(error)})`);
  }
  return root[0];
}
