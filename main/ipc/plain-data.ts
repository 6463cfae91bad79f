/** Bridge input nests three levels at most; anything deeper is not an input of ours. */
const MAX_DEPTH = 8;

/**
 * True for plain data: strings, numbers, booleans, null and undefined, in arrays and plain objects,
 * without cycles. Electron's IPC also carries Dates, Maps, Sets, RegExps, typed arrays and BigInts, and
 * a zod object schema would take a Date or a Map for an object with no keys; none of them is input.
 */
export function isPlainData(value: unknown, depth = 0, path: ReadonlySet<object> = new Set()): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  if (type !== 'object' || depth >= MAX_DEPTH || path.has(value as object)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  const isArray = Array.isArray(value) && prototype === Array.prototype;
  if (!isArray && prototype !== Object.prototype && prototype !== null) return false;
  const inner = new Set(path).add(value as object);
  return Object.values(value as object).every((item: unknown) => isPlainData(item, depth + 1, inner));
}
