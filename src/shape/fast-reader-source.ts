import { isOptional, typeOf, type AnyType, type Field, type ObjectType } from "./types.js";

/*
 * Writes the source of fast readers for object shapes: one function per object, a straight run of
 * named property reads (V8 compiles `o.courseNumber` to a few instructions, `o[key]` over a key
 * table to a hash lookup twenty times slower), with the checks of the declaration and nothing
 * else. `npm run shapes` writes the result to src/student/fast-readers.ts; a test fails when that
 * file is stale. Code is generated ahead of time, never at run time: no `new Function` (CSP).
 */

export interface FastReaderSpec {
  /** The file the source is written to, for the header. */
  target: string;
  /** Where the shapes are declared, relative to the target, e.g. `./shape.js`. */
  shapesModule: string;
  /** Each exported shape constant by name, e.g. `{ TranscriptRecordShape: … }`. */
  shapes: Record<string, ObjectType>;
  /** The shape read by the entry point, and the entry point's name. */
  root: string;
  entry: string;
  /**
   * Fields the caller adds after the check, by shape name, each with the expression it starts as:
   * written into the reader's object literal so that adding them later changes no hidden class.
   */
  addedLater?: Record<string, Record<string, string>>;
}

const NO_MIN = "-Infinity";
const NO_MAX = "Infinity";

function bound(value: number | undefined, fallback: string): string {
  return value === undefined ? fallback : String(value);
}

function readerName(shapeName: string): string {
  return `read${shapeName.replace(/Shape$/, "")}`;
}

export function fastReaderSource(spec: FastReaderSpec): string {
  const names = new Map<ObjectType, string>();
  for (const [name, shape] of Object.entries(spec.shapes)) names.set(shape, name);
  const keys = new Set<string>();
  const functions: string[] = [];

  const expressionFor = (type: AnyType, value: string, optional: boolean): string => {
    const opt = optional ? "optional" : "";
    const cap = (s: string) => (optional ? s[0]!.toUpperCase() + s.slice(1) : s);
    switch (type.kind) {
      case "text":
        if (type.minLength === undefined && type.maxLength === undefined) return `f.${opt}${cap("text")}(${value})`;
        return `f.${opt}${cap("boundedText")}(${value}, ${type.minLength ?? 0}, ${bound(type.maxLength, NO_MAX)})`;
      case "integer":
        return `f.${opt}${cap("integer")}(${value}, ${bound(type.min, NO_MIN)}, ${bound(type.max, NO_MAX)})`;
      case "boolean":
        return `f.${opt}${cap("flag")}(${value})`;
      case "decimal":
        return `f.${opt}${cap("decimal")}(${value}, ${type.nonNegative})`;
      case "textOrInteger":
        return `f.${opt}${cap("textOrInteger")}(${value})`;
      case "enum": {
        const test = type.values.map((v) => `${value} === ${JSON.stringify(v)}`).join(" || ");
        return optional ? `(${value} === undefined || ${test} ? ${value} : f.reject())` : `(${test} ? ${value} : f.reject())`;
      }
      case "list": {
        const item = type.of;
        if (item.kind !== "object") throw new Error("fast readers read lists of objects only");
        // One loop per item shape: its call is monomorphic, so V8 inlines the item reader.
        const list = listReaderFor(item);
        return optional ? `(${value} === undefined ? undefined : ${list}(${value}))` : `${list}(${value})`;
      }
      case "object":
        return optional ? `(${value} === undefined ? undefined : ${readerFor(type)}(${value}))` : `${readerFor(type)}(${value})`;
      default:
        throw new Error(`fast readers do not read ${type.kind} fields`);
    }
  };

  const fieldExpression = (field: Field, value: string): string => {
    const type = typeOf(field);
    if (!isOptional(field)) return expressionFor(type, value, false);
    if (field.default === undefined) return expressionFor(type, value, true);
    return `(${value} === undefined ? ${JSON.stringify(field.default)} : ${expressionFor(type, value, false)})`;
  };

  const written = new Set<ObjectType>();
  // Shapes with a rule across fields: their readers call it, so they are imported as values.
  const checkedShapes = new Set<string>();
  function readerFor(shape: ObjectType): string {
    const name = names.get(shape);
    if (name === undefined) throw new Error("every object read by a fast reader must be an exported shape");
    if (!written.has(shape)) {
      written.add(shape);
      const lines = Object.entries(shape.fields).map(([key, field]) => {
        keys.add(key);
        return `    ${key}: ${fieldExpression(field, `o.${key}`)},`;
      });
      for (const [key, start] of Object.entries(spec.addedLater?.[name] ?? {})) lines.push(`    ${key}: ${start},`);
      const body = `{\n${lines.join("\n")}\n  } as Out<typeof ${name}>`;
      if (shape.check !== undefined) checkedShapes.add(name);
      functions.push(
        `function ${readerName(name)}(value: unknown): Out<typeof ${name}> {\n` +
          `  const o = f.plain(value);\n` +
          (shape.check === undefined ? `  return ${body};\n}` : `  return f.checked(${body}, ${name}.check);\n}`),
      );
    }
    return readerName(name);
  }

  const listsWritten = new Set<ObjectType>();
  function listReaderFor(shape: ObjectType): string {
    const item = readerFor(shape);
    const name = `${item}List`;
    if (!listsWritten.has(shape)) {
      listsWritten.add(shape);
      const type = `Out<typeof ${names.get(shape)!}>`;
      functions.push(
        `function ${name}(value: unknown): ${type}[] {\n` +
          `  if (!Array.isArray(value)) f.reject();\n` +
          // Most lists of one (a record's credit line) get an array of that size, not push's spare room.
          `  if (value.length === 1) return [${item}(value[0])];\n` +
          `  const out: ${type}[] = [];\n` +
          `  for (let i = 0; i < value.length; i++) out.push(${item}(value[i]));\n` +
          `  return out;\n}`,
      );
    }
    return name;
  }

  const root = spec.shapes[spec.root];
  if (root === undefined) throw new Error(`no shape ${spec.root}`);
  readerFor(root);
  const imports = [...written].map((s) => names.get(s)!).sort();
  const typeImports = imports.filter((name) => !checkedShapes.has(name));
  const valueImports = imports.filter((name) => checkedShapes.has(name));
  const importLines = [
    ...(valueImports.length > 0 ? [`import { ${valueImports.join(", ")} } from "${spec.shapesModule}";`] : []),
    ...(typeImports.length > 0 ? [`import type { ${typeImports.join(", ")} } from "${spec.shapesModule}";`] : []),
  ];
  const source = spec.target.replace(/[^/]+$/, "") + spec.shapesModule.replace(/^\.\//, "").replace(/\.js$/, ".ts");
  return `// Generated by \`npm run shapes\` from the declarations in ${source}: do not edit.
// The fast path of the student check; anything it does not accept goes to the careful reader.
import * as f from "../shape/fast.js";
import type { Out } from "../shape/types.js";
${importLines.join("\n")}

/** Every key the readers read: none may be inherited from Object.prototype. */
const KEYS = ${JSON.stringify([...keys].sort())};

${functions.join("\n\n")}

/** Reads a record made of plain JSON data, or throws \`REJECT\` (see src/shape/fast.ts). */
export function ${spec.entry}(value: unknown): Out<typeof ${spec.root}> {
  if (!f.prototypeIsClean(KEYS)) f.reject();
  return ${readerName(spec.root)}(value);
}
`;
}
