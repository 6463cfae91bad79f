import { describe, expect, it } from 'vitest';
import { decodeClone, encodeClone } from '../../scripts/browser-shell/clone-codec.js';

/** The browser shell's page-to-Node trip: structured clone, then the codec, as Electron's IPC carries values. */
const carry = (value: unknown): unknown => decodeClone(encodeClone(structuredClone(value)));

describe('browser shell clone codec', () => {
  it('keeps what JSON loses: NaN, ±Infinity, -0, undefined and BigInt', () => {
    const [nan, inf, negInf, negZero, undef, big] = carry([NaN, Infinity, -Infinity, -0, undefined, 10n]) as unknown[];
    expect(nan).toBeNaN();
    expect([inf, negInf, undef, big]).toEqual([Infinity, -Infinity, undefined, 10n]);
    expect(Object.is(negZero, -0)).toBe(true);
    expect(carry(NaN)).toBeNaN();
  });

  it('keeps an own __proto__ key as a key, not as the prototype', () => {
    const input = JSON.parse('{"__proto__":{"packageId":1},"packageId":2}') as object;
    const out = carry(input) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'packageId']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ packageId: 1 });
  });

  it('keeps shared and circular references, sparse arrays and the structured types', () => {
    const shared = { a: 1 };
    // A hole at index 1: assigned past the end, never written.
    const list: unknown[] = [1];
    list[2] = 3;
    const circular: Record<string, unknown> = { shared, again: shared, list };
    circular.self = circular;
    const out = carry(circular) as Record<string, unknown>;
    expect(out.self).toBe(out);
    expect(out.again).toBe(out.shared);
    expect(1 in (out.list as unknown[])).toBe(false);
    const [date, regexp, map, set, bytes, error, boxed] = carry([
      new Date(5),
      /a+/gi,
      new Map([[1, 'x']]),
      new Set(['y']),
      new Uint16Array([1, 2]),
      new TypeError('no'),
      Object(true),
    ]) as unknown[];
    expect(date).toEqual(new Date(5));
    expect(regexp).toEqual(/a+/gi);
    expect(map).toEqual(new Map([[1, 'x']]));
    expect(set).toEqual(new Set(['y']));
    expect(bytes).toEqual(new Uint16Array([1, 2]));
    expect(error).toMatchObject({ name: 'TypeError', message: 'no' });
    expect(boxed).toBeInstanceOf(Boolean);
  });

  it('refuses what Electron cannot carry, as structured clone does', () => {
    expect(() => encodeClone(structuredClone({ f: () => 1 }))).toThrow();
    expect(() => encodeClone(Symbol('s'))).toThrow(/could not be cloned/);
    expect(() => encodeClone(new (class Custom {})())).toThrow(/could not be cloned/);
  });
});
