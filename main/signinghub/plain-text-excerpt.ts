import { Parser } from 'htmlparser2';

/** Elements whose content is never page text. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg']);

/** The longest excerpt, in characters. */
export const EXCERPT_LENGTH = 160;

/**
 * The readable text of an error page (HTML or plain text): tags, scripts and styles dropped,
 * entities decoded, whitespace collapsed, cut at a word near `max` characters. '' when there is none.
 */
export function plainTextExcerpt(body: string, max = EXCERPT_LENGTH): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname: (name) => {
        if (SKIPPED.has(name)) skipping += 1;
        // Block breaks become spaces, so "<h1>502</h1><p>Bad" does not read "502Bad".
        else parts.push(' ');
      },
      onclosetag: (name) => {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else parts.push(' ');
      },
      ontext: (text) => {
        if (skipping === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(body);
  parser.end();
  // Control and bidi characters out, whitespace collapsed.
  const text = parts
    .join('')
    .replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
