// Walks what an object can reach (own properties, Map and Set entries, array items, Buffers) and reports
// every place a given text appears, so a test can show main keeps nothing of a walk-up signer.

/** Paths (like `kiosk.deps.session.active`) under `root` where a string or Buffer contains one of `needles`. */
export function findStrings(root: unknown, needles: readonly string[], limit = 500_000): string[] {
  const found: string[] = [];
  const seen = new WeakSet<object>();
  const stack: { value: unknown; path: string }[] = [{ value: root, path: 'root' }];
  let visited = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      for (const needle of needles) if (value.includes(needle)) found.push(`${path} holds "${needle.slice(0, 16)}"`);
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if ((visited += 1) > limit) throw new Error(`more than ${limit} objects reachable: the walk is not conclusive`);
    if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
      const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      for (const needle of needles)
        if (bytes.includes(needle) || (isLongBase64(needle) && bytes.includes(Buffer.from(needle, 'base64')))) found.push(`${path} (bytes)`);
      continue;
    }
    if (value instanceof Map) {
      let i = 0;
      for (const [key, item] of value) {
        stack.push({ value: key, path: `${path}<key ${i}>` }, { value: item, path: `${path}<${i}>` });
        i += 1;
      }
    } else if (value instanceof Set) {
      let i = 0;
      for (const item of value) stack.push({ value: item, path: `${path}<${(i += 1)}>` });
    }
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) stack.push({ value: descriptor.value as unknown, path: `${path}.${String(key)}` });
    }
  }
  return found;
}

/** A needle long enough, and base64 enough, that its decoded bytes are worth looking for too (a picture). */
function isLongBase64(needle: string): boolean {
  return needle.length >= 40 && /^[A-Za-z0-9+/]+=*$/.test(needle);
}
