// Malformed bridge input, made from a valid one so that every case is wrong by construction: the
// whole input replaced by a stranger value, a leaf given a value of the wrong type or out of every
// range, an unknown key added (own `__proto__` included), and random combinations of those.

/** Values that are not plain input: every one is the wrong type, or out of range, for any field. */
export function strangeValues(): unknown[] {
  const circular: Record<string, unknown> = { packageId: 1 };
  circular.self = circular;
  return [
    NaN,
    Infinity,
    -Infinity,
    -0,
    -1,
    1.5,
    2 ** 53,
    10n,
    'x'.repeat(20_000),
    true,
    [],
    ['x'],
    new Date(0),
    /x/,
    new Map([['packageId', 1]]),
    new Set([1]),
    new Uint8Array(4),
    Symbol('input'),
    () => 'input',
    circular,
    Object.assign(Object.create(null) as object, { sneaky: 1 }),
    JSON.parse('{"__proto__":{"packageId":1}}') as object,
    { then: 'x' },
  ];
}

/** The stranger values that are wrong for a leaf of this kind (a number, a string, a boolean or an array). */
function wrongFor(sample: unknown): unknown[] {
  const strange = strangeValues();
  if (typeof sample === 'number') return [...strange.filter((v) => typeof v !== 'number'), NaN, Infinity, -1, -0, 0, 1.5, 2 ** 53, '1'];
  if (typeof sample === 'string') return [...strange.filter((v) => typeof v !== 'string'), 'x'.repeat(20_000), 1];
  if (typeof sample === 'boolean') return [...strange.filter((v) => typeof v !== 'boolean'), 'true', 1, 0];
  if (Array.isArray(sample)) return [...strange.filter((v) => !Array.isArray(v)), [], Array.from({ length: 1_001 }, () => sample[0]), [NaN]];
  return strange;
}

type Path = (string | number)[];
type Mutation = (input: unknown) => unknown;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A deep copy of plain data (the valid samples hold only objects, arrays and primitives). */
const copy = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(copy) : isPlainObject(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) : value;

/** Sets `path` in `root` to `value`, as an own data property even when the key is `__proto__`. */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  Object.defineProperty(node, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

/** Every path to a value in the sample, the root first. */
function pathsOf(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const here = [{ path, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (isPlainObject(value)) return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return here;
}

/** The single changes that each make a valid input invalid. */
function singleMutations(valid: unknown): Mutation[] {
  const mutations: Mutation[] = [];
  for (const { path, value } of pathsOf(valid)) {
    if (path.length === 0) {
      // The root: any stranger value (a channel without input accepts only undefined or null).
      for (const strange of strangeValues())
        mutations.push(
          () => strange,
          () => [strange],
          () => ({ sneaky: strange }),
        );
      if (valid !== undefined)
        mutations.push(
          () => undefined,
          () => null,
        );
      continue;
    }
    if (isPlainObject(value) || Array.isArray(value)) {
      if (Array.isArray(value)) for (const wrong of wrongFor(value)) mutations.push((input) => setAt(input, path, wrong));
      else for (const wrong of strangeValues().filter((v) => !isPlainObject(v))) mutations.push((input) => setAt(input, path, wrong));
    } else {
      for (const wrong of wrongFor(value)) mutations.push((input) => setAt(input, path, wrong));
    }
  }
  // Unknown keys on every object, `__proto__` as an own key among them.
  for (const { path, value } of pathsOf(valid)) {
    if (!isPlainObject(value)) continue;
    for (const key of ['__proto__', 'constructor', 'toString', 'sneaky']) mutations.push((input) => setAt(input, [...path, key], { packageId: 1 }));
  }
  return mutations;
}

/** A small deterministic generator (mulberry32), so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** At least `count` malformed inputs made from `valid`: every single change, then random pairs and triples of them. */
export function malformedInputs(valid: unknown, count: number, seed = 8): unknown[] {
  const singles = singleMutations(valid);
  const next = random(seed);
  const pick = () => singles[Math.floor(next() * singles.length)]!;
  const cases = singles.map((mutate) => mutate(copy(valid)));
  while (cases.length < count) {
    const chosen = Array.from({ length: 2 + Math.floor(next() * 2) }, pick);
    // Applied in turn to a changed input; once the root is a stranger value, later changes leave it be.
    cases.push(chosen.reduce<unknown>((input, mutate) => (isPlainObject(input) || Array.isArray(input) ? safely(mutate, input) : input), pick()(copy(valid))));
  }
  return cases;
}

/** Applies a change whose path may no longer exist after an earlier change; then the input stays as it was. */
function safely(mutate: Mutation, input: unknown): unknown {
  try {
    return mutate(input);
  } catch {
    return input;
  }
}
