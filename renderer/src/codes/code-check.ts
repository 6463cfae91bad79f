// The one check every one-time code box makes before anything is sent: digits only, of the expected length.
// Each wrong try may count against the server's limit, so a code that cannot be right never goes out.

/** How many digits a code has: exactly one length, or a range when it is not known. */
export interface CodeLength {
  min: number;
  max: number;
}

/** SigningHub's codes are 4, 6 or 9 digits: what a box takes when it does not know which. */
export const ANY_CODE_LENGTH: CodeLength = { min: 4, max: 9 };

const DIGITS = /^[0-9]+$/;

/** "6 digits" or "4 to 9 digits". */
function lengthText(length: CodeLength): string {
  return length.min === length.max ? `${length.min} digits` : `${length.min} to ${length.max} digits`;
}

/** The inline message for a typed code (trimmed), or null when it can be sent; `missing` is said for an empty box. */
export function checkCode(value: string, length: CodeLength, missing: string): string | null {
  const code = value.trim();
  if (code === '') return missing;
  if (!DIGITS.test(code)) return `Use digits only: the code is ${lengthText(length)} long.`;
  if (code.length < length.min || code.length > length.max) return `The code is ${lengthText(length)} long.`;
  return null;
}
