/*
 * Hostile values shared by the property tests that assert "no input makes the engine throw
 * anything but its own errors": anything fast-check can build, values close to what a field
 * holds, JavaScript objects that are not plain data, and mutations of valid JSON values.
 */
import fc from "fast-check";

const KEYS = [
  "id", "name", "criteria", "requirements", "expression", "type", "courses", "stateCodes", "minCredits", "minGpa",
  "transcript", "courseNumber", "credits", "amount", "status", "tests", "testCode", "gpas", "programs", "settings",
  "creditGroups", "statuses", "__proto__", "constructor", "toString", "valueOf", "length", "0",
];

export const anything = fc.anything({
  key: fc.oneof(fc.string(), fc.constantFrom(...KEYS)),
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/*
 * JavaScript values that are not plain data, or that cost a careless reader time or memory.
 * fast-check itself cannot hold a revoked Proxy (it probes every generated value), so the
 * arbitraries carry a token naming the value, and `materialise` builds it where it is used.
 */
const EXOTIC: Record<string, () => unknown> = {
  revokedProxy: () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  throwingGetters: () => ({ get courseNumber(): string { throw new Error("getter"); }, get amount(): string { throw new Error("getter"); } }),
  throwingTraps: () => new Proxy({}, { get() { throw new Error("trap"); }, getPrototypeOf() { throw new Error("trap"); }, ownKeys() { throw new Error("trap"); } }),
  classInstance: () => new (class Record { courseNumber = "A1"; credits = []; })(),
  inherited: () => Object.create({ courseNumber: "A1", amount: "1", testCode: "T" }),
  map: () => new Map([["courseNumber", "A1"]]),
  date: () => new Date(0),
  longFraction: () => `0.${"1".repeat(100_000)}`,
  thirtyOneDigits: () => "9".repeat(31),
  leadingZeros: () => `${"0".repeat(50_000)}1`,
  spaces: () => " ".repeat(100_000),
  manyNulls: () => Array.from({ length: 2_000 }, () => null),
};

const TOKEN = "\u0000exotic";

export const exotic = fc.constantFrom(...Object.keys(EXOTIC)).map((name) => ({ [TOKEN]: name }));

/** The value with every exotic token (at any depth) replaced by the value it names. */
export function materialise(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const name = (value as Record<string, unknown>)[TOKEN];
  if (typeof name === "string" && Object.keys(value).length === 1) return EXOTIC[name]!();
  if (Array.isArray(value)) return value.map(materialise);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialise(v)]));
}

/** Values close to what a field might hold, plus anything at all. */
export const replacement = fc.oneof(
  anything,
  exotic,
  fc.constantFrom("", " 1", "1.", ".5", "1e3", "-0", "0", "-1", "NaN", "%", "[", "[]", "!", "A AND", "1 OF ()", "0 OF (a)", "x".repeat(70)),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e21, 1e-7, -0, 2 ** 53, 0.1, -5, 1.5, 65, null, true, [], {}),
  fc.double(),
  fc.integer(),
);

type Path = (string | number)[];

/** Every path in a JSON value, the root included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

type Mutation = { at: number; value: unknown; mode: "replace" | "delete" | "addKey"; key: string };

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  value: replacement,
  mode: fc.constantFrom("replace", "replace", "replace", "delete", "addKey"),
  key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })),
});

/** A copy of the JSON value `base` with one mutation applied. */
export function mutate(base: unknown, m: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as unknown;
  const paths = pathsOf(copy);
  const path = paths[m.at % paths.length]!;
  const value = materialise(m.value);
  if (path.length === 0) return m.mode === "replace" ? value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (m.mode === "replace") parent[last] = value;
  else if (m.mode === "delete") {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === "object" && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, m.key, { value, enumerable: true, configurable: true, writable: true });
    } else parent[last] = value;
  }
  return copy;
}

