// Names for saved files: read from Content-Disposition (RFC 6266 / RFC 8187), then made safe on
// Windows, macOS and Linux, whatever the server or a document's author put in them.

/** Windows device names, refused as a file's stem with any extension (CON, CON.pdf, com1.zip...). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Longest name we write, in UTF-8 bytes: most file systems allow 255. */
const MAX_BYTES = 200;

// Control characters, bidi and zero-width marks, and what Windows forbids in a name (both separators included).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff<>:"/\\|?*]/g;

/** Cuts a string to at most `max` UTF-8 bytes without splitting a character. */
function cutToBytes(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (Buffer.byteLength(out + char) > max) break;
    out += char;
  }
  return out;
}

/**
 * A file name safe on every desktop OS: separators and forbidden characters become `_`, leading dots
 * (hidden files) and trailing dots and spaces (dropped by Windows) go, reserved device names get a `_`,
 * the name keeps within MAX_BYTES, and it ends in `extension` (e.g. ".pdf") when one is given.
 */
export function safeFileName(raw: string, fallback: string, extension?: string): string {
  let name = raw.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (name === '' || /^_+$/.test(name)) name = fallback;
  const ext = extension?.toLowerCase();
  if (ext && !name.toLowerCase().endsWith(ext)) name += ext;
  const found = /\.[a-z0-9]{1,10}$/i.exec(name)?.[0] ?? '';
  const suffix = found.length < name.length ? found : '';
  // Windows reads "CON.pdf" and "CON .pdf" as the console device.
  let stem = name.slice(0, name.length - suffix.length).replace(/[.\s]+$/, '');
  if (RESERVED.test(stem)) stem = `${stem}_`;
  stem = cutToBytes(stem, MAX_BYTES - Buffer.byteLength(suffix)).replace(/[.\s]+$/, '');
  return `${stem || fallback}${suffix}`;
}

/** Decodes an RFC 8187 value (`UTF-8''Lease%20renewal.pdf`); null when it is not one we can read. */
function extendedValue(value: string): string | null {
  const m = /^(utf-8|iso-8859-1)'[^']*'(.*)$/i.exec(value.trim());
  if (!m) return null;
  const [, charset = '', encoded = ''] = m;
  try {
    if (charset.toLowerCase() === 'utf-8') return decodeURIComponent(encoded);
    return Buffer.from(
      encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('latin1');
  } catch {
    return null;
  }
}

/** The file name a Content-Disposition header offers (`filename*` over `filename`), or null. */
export function dispositionFileName(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const params = new Map<string, string>();
  const pattern = /;\s*([!#$%&'*+.^_`|~0-9a-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/gi;
  for (const m of value.matchAll(pattern)) {
    const [, key = '', raw = ''] = m;
    const unquoted = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw.trim();
    if (!params.has(key.toLowerCase())) params.set(key.toLowerCase(), unquoted);
  }
  const extended = params.get('filename*');
  const decoded = extended === undefined ? null : extendedValue(extended);
  const name = decoded ?? params.get('filename') ?? null;
  return name && name.trim() !== '' ? name : null;
}
