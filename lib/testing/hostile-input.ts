import fc from "fast-check";

/**
 * Input that reviews of this app have found to pass a schema and then fail further in (or that should be
 * refused with a field message): for the property test that calls every server action with it.
 */

function nested(levels: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

function nestedItems(levels: number): unknown {
  let item: unknown = { key: "k", title: "Item", annotation: "", documents: [], children: [] };
  for (let i = 0; i < levels; i++)
    item = { key: `k${i}`, title: "Item", annotation: "", documents: [], children: [item] };
  return [item];
}

const HOSTILE_STRINGS = [
  "\u0000",
  "Title\u0000with NUL",
  "\uD800",
  "lone \uDC00 half",
  "\u202Efdp.exe",
  "Agenda \u2067x\u2069 \u200F",
  "\u001b[31m",
  "  ",
  "",
  "x".repeat(25_000),
  "0000-01-01",
  "9999-12-31",
  "+010000-01-01",
  "2019-02-29",
  "1e308",
  "-1",
  "25:99",
  "https://undocs.org/\u202Efdp.exe",
  "javascript:alert(1)",
  "CTOC/COP/WG.4/2018/\u202E1",
  "Mars/Olympus_Mons",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  '\'; DROP TABLE "Session"; --',
];

const HOSTILE_NUMBERS = [
  0,
  -1,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
];

const HOSTILE_OTHER: unknown[] = [
  null,
  undefined,
  true,
  {},
  [],
  10n ** 30n,
  new Date("9999-12-31T00:00:00Z"),
  new Date(Number.NaN),
  nested(1_000, "deep"),
  nestedItems(1_000),
  Array.from({ length: 200_000 }, () => "en"),
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
];

/** Characters that a text field must refuse or survive: NUL, halves of a surrogate pair, controls, bidi overrides. */
const HOSTILE_CHARACTERS = [
  "\u0000",
  "\uD800",
  "\uDFFF",
  "\u001b",
  "\u0007",
  "\u202E",
  "\u2066",
  "\u200F",
  "\uFEFF",
  "\u0085",
];
const HOSTILE_DATES = [
  "0000-01-01",
  "9999-12-31",
  "+010000-01-01",
  "1900-01-01",
  "2201-01-01",
  "2019-02-29",
  "2030-13-01",
];

/** A valid string with one hostile change: a date moved out of range, or a hostile character slipped in. */
function corrupted(text: string): fc.Arbitrary<string> {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return fc.constantFrom(...HOSTILE_DATES);
  return fc
    .tuple(fc.constantFrom(...HOSTILE_CHARACTERS), fc.nat({ max: text.length }))
    .map(([character, at]) => `${text.slice(0, at)}${character}${text.slice(at)}`);
}

/** One hostile value of any kind. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_OTHER),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 }),
);

type Path = Array<string | number>;

function pathsOf(value: unknown, at: Path = []): Path[] {
  const children = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : value && typeof value === "object"
      ? Object.entries(value)
      : [];
  return [at, ...children.flatMap(([key, child]) => pathsOf(child, [...at, key]))];
}

function replaced(template: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(template) ? [...template] : { ...(template as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = replaced(copy[key], rest, value);
  return copy;
}

function near(value: unknown): fc.Arbitrary<unknown> {
  const options: Array<fc.WeightedArbitrary<unknown>> = [{ weight: 1, arbitrary: hostileValue }];
  if (typeof value === "string") options.push({ weight: 2, arbitrary: corrupted(value) });
  if (Array.isArray(value) && value.length > 0)
    options.push({ weight: 1, arbitrary: fc.constant(Array.from({ length: 300 }, () => value[0])) });
  return fc.oneof(...options);
}

/**
 * Inputs shaped like a valid one (`template`) with one part replaced by something hostile, or left valid:
 * the rest still passes the schema, so the hostile part reaches as far as it can, and valid inputs reach
 * the database.
 */
export function shapedLike(template: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(template);
  const at = (path: Path) =>
    path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], template);
  const mutated = fc
    .constantFrom(...paths)
    .chain((path) => near(at(path)).map((value) => replaced(template, path, value)));
  return fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 1, arbitrary: fc.constant(template) });
}

/** Either anything at all, or a hostile variation of the template when there is one. */
export function hostileInput(template: unknown | undefined): fc.Arbitrary<unknown> {
  const anything = fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withNullPrototype: true,
    withSparseArray: true,
  });
  return template === undefined
    ? anything
    : fc.oneof({ weight: 1, arbitrary: anything }, { weight: 3, arbitrary: shapedLike(template) });
}
