// The sign call's hand_signature_image must be a base64 PNG; this checks just enough to tell.

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** True for standard base64 (line breaks allowed) whose bytes start with the PNG signature. */
export function isBase64Png(value: string): boolean {
  const text = value.replace(/[\r\n]/g, '');
  if (text.length < 12 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return false;
  // Twelve characters decode to nine bytes, enough for the signature.
  return Buffer.from(text.slice(0, 12), 'base64').subarray(0, 8).equals(PNG_SIGNATURE);
}
