// Carries a value from the page to Node as Electron's IPC would: the page first runs it through
// structuredClone (which throws on functions, symbols and the like, as Electron does), then this codec
// writes the clone as JSON-safe text that keeps what JSON loses: undefined, NaN, ±Infinity, -0,
// BigInt, own `__proto__` keys, sparse arrays, Date, RegExp, Map, Set, Error, typed arrays, boxed
// primitives, and shared and circular references. Anything else (Blob, ImageData, …) is refused, as Electron refuses DOM objects.

/** One encoded value: a JSON primitive as itself, anything else tagged. */
type Encoded = string | boolean | null | number | Tagged;
type Tagged =
  | { t: 'undefined' }
  | { t: 'number'; v: 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { t: 'bigint'; v: string }
  | { t: 'ref'; id: number }
  | { t: 'object'; id: number; e: [string, Encoded][] }
  | { t: 'array'; id: number; n: number; e: [string, Encoded][] }
  | { t: 'date'; id: number; v: Encoded }
  | { t: 'regexp'; id: number; s: string; f: string }
  | { t: 'map'; id: number; e: [Encoded, Encoded][] }
  | { t: 'set'; id: number; e: Encoded[] }
  | { t: 'error'; id: number; name: string; message: string }
  | { t: 'bytes'; id: number; k: string; v: number[] }
  | { t: 'boxed'; id: number; v: Encoded };

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;

/** The error Electron's IPC gives for a value it cannot copy. */
export class NotCloneable extends Error {
  constructor(what: string) {
    super(`An object could not be cloned: ${what}.`);
    this.name = 'DataCloneError';
  }
}

function encodeNumber(n: number): Encoded {
  if (Number.isNaN(n)) return { t: 'number', v: 'NaN' };
  if (n === Infinity) return { t: 'number', v: 'Infinity' };
  if (n === -Infinity) return { t: 'number', v: '-Infinity' };
  if (Object.is(n, -0)) return { t: 'number', v: '-0' };
  return n;
}

const ownEntries = (value: object, encode: (v: unknown) => Encoded): [string, Encoded][] =>
  Object.keys(value).map((key) => [key, encode((value as Record<string, unknown>)[key])]);

/** Encodes an already structured-cloned value as JSON text. */
export function encodeClone(value: unknown): string {
  const seen = new Map<object, number>();
  const encode = (v: unknown): Encoded => {
    if (v === undefined) return { t: 'undefined' };
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return encodeNumber(v);
    if (typeof v === 'bigint') return { t: 'bigint', v: v.toString() };
    if (typeof v !== 'object') throw new NotCloneable(typeof v);
    const known = seen.get(v);
    if (known !== undefined) return { t: 'ref', id: known };
    const id = seen.size;
    seen.set(v, id);
    if (Array.isArray(v)) return { t: 'array', id, n: v.length, e: ownEntries(v, encode) };
    if (v instanceof Date) return { t: 'date', id, v: encodeNumber(v.getTime()) };
    if (v instanceof RegExp) return { t: 'regexp', id, s: v.source, f: v.flags };
    if (v instanceof Map) return { t: 'map', id, e: [...v].map(([k, x]) => [encode(k), encode(x)]) };
    if (v instanceof Set) return { t: 'set', id, e: [...v].map(encode) };
    if (v instanceof Error) return { t: 'error', id, name: v.name, message: v.message };
    if (v instanceof Boolean || v instanceof Number || v instanceof String || v instanceof BigInt) return { t: 'boxed', id, v: encode(v.valueOf()) };
    if (v instanceof ArrayBuffer) return { t: 'bytes', id, k: 'ArrayBuffer', v: [...new Uint8Array(v)] };
    if (ArrayBuffer.isView(v)) return { t: 'bytes', id, k: v.constructor.name, v: [...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)] };
    if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) throw new NotCloneable(Object.prototype.toString.call(v));
    return { t: 'object', id, e: ownEntries(v, encode) };
  };
  return JSON.stringify(encode(value));
}

/** An own, enumerable data property, even for the key `__proto__`. */
const define = (target: object, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

function decodeNumber(v: Encoded): number {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && v.t === 'number') return v.v === '-0' ? -0 : Number(v.v);
  throw new Error('Not an encoded number.');
}

function bytesOf(kind: string, bytes: number[]): object {
  const buffer = new Uint8Array(bytes).buffer;
  if (kind === 'ArrayBuffer') return buffer;
  if (kind === 'DataView') return new DataView(buffer);
  const View: new (buffer: ArrayBuffer) => object = TYPED_ARRAYS[kind as keyof typeof TYPED_ARRAYS];
  if (View === undefined) throw new Error(`Unknown byte view ${kind}.`);
  return new View(buffer);
}

/** Decodes text written by encodeClone back into the value. */
export function decodeClone(text: string): unknown {
  const objects = new Map<number, object>();
  const keep = <T extends object>(id: number, target: T): T => (objects.set(id, target), target);
  const decode = (v: Encoded): unknown => {
    if (v === null || typeof v !== 'object') return v;
    switch (v.t) {
      case 'undefined':
        return undefined;
      case 'number':
        return decodeNumber(v);
      case 'bigint':
        return BigInt(v.v);
      case 'ref':
        return objects.get(v.id);
      case 'object': {
        const target = keep(v.id, {});
        for (const [key, x] of v.e) define(target, key, decode(x));
        return target;
      }
      case 'array': {
        const target = keep(v.id, new Array<unknown>(v.n));
        for (const [key, x] of v.e) define(target, key, decode(x));
        return target;
      }
      case 'date':
        return keep(v.id, new Date(decodeNumber(v.v)));
      case 'regexp':
        return keep(v.id, new RegExp(v.s, v.f));
      case 'map': {
        const target = keep(v.id, new Map<unknown, unknown>());
        for (const [k, x] of v.e) target.set(decode(k), decode(x));
        return target;
      }
      case 'set': {
        const target = keep(v.id, new Set<unknown>());
        for (const x of v.e) target.add(decode(x));
        return target;
      }
      case 'error':
        return keep(v.id, Object.assign(new Error(v.message), { name: v.name }));
      case 'bytes':
        return keep(v.id, bytesOf(v.k, v.v));
      case 'boxed':
        return keep(v.id, Object(decode(v.v)) as object);
    }
  };
  return decode(JSON.parse(text) as Encoded);
}
