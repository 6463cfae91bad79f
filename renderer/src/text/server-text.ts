// Text a server wrote, made safe to show: control and bidi characters go (they could hide or reorder words), and
// what a dialog shows is capped; the full text stays available to copy. Pure, so unit tests can pin it.

/** About how many characters of server text a dialog shows; the rest is behind Copy details. */
export const DIALOG_TEXT_LIMIT = 500;

// Line breaks and tabs read as spaces; every other control character, bidi mark, embedding, override and
// isolate, and lone surrogates are dropped.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const INVISIBLE = /[\p{Cc}\p{Bidi_Control}\p{Cs}]/gu;

/** The text without control or bidi characters, line breaks as spaces, trimmed. */
export function cleanServerText(text: string): string {
  return text.replace(BREAKS, ' ').replace(INVISIBLE, '').trim();
}

/** Server text as shown: `text` (capped, ending in "…" when cut) and `full`, the whole cleaned text. */
export interface ShownServerText {
  text: string;
  full: string;
  cut: boolean;
}

/** Cleans `raw` and caps it at `limit` characters (whole characters as people see them, so an emoji is never split). */
export function showServerText(raw: string, limit: number = DIALOG_TEXT_LIMIT): ShownServerText {
  const full = cleanServerText(raw);
  const characters = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(full), (part) => part.segment);
  if (characters.length <= limit) return { text: full, full, cut: false };
  return { text: `${characters.slice(0, limit).join('').trimEnd()}…`, full, cut: true };
}
