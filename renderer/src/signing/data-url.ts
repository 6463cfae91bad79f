// Images go to the API as plain base64: the data URL's prefix is cut off here.

/** The base64 part of a `data:image/png;base64,...` URL; throws when it is not one (a bug, not user input). */
export function pngBase64(dataUrl: string): string {
  const prefix = 'data:image/png;base64,';
  if (!dataUrl.startsWith(prefix)) throw new Error('Expected a PNG data URL');
  return dataUrl.slice(prefix.length);
}
