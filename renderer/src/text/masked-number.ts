// A mobile number as the signer may see it on screen: the country code and the last four digits, the rest
// hidden, so a number on a shared or kiosk screen is not read over a shoulder. Pure.

const BULLET = '•';

/** Masks a mobile number: "+44 7700 907890" → "+44 •••• ••7890"; a number the server already masked keeps its shape. */
export function maskedNumber(raw: string): string {
  const text = raw.trim();
  if (text === '') return '';
  // SigningHub may send a number already masked ("+44******7890"): show its own shape, with our bullets.
  if (/[*xX•]/.test(text)) return text.replace(/[*xX]/g, BULLET);
  const digits = text.replace(/\D/g, '');
  if (digits.length <= 4) return BULLET.repeat(digits.length);
  // A '+' number keeps its country code; without a plan for every country, the first two digits stand for it.
  const international = text.startsWith('+') && digits.length > 8;
  const prefix = international ? `+${digits.slice(0, 2)} ` : '';
  const rest = international ? digits.slice(2) : digits;
  const hidden = BULLET.repeat(rest.length - 4);
  const groups: string[] = [];
  for (let at = 0; at < hidden.length; at += 4) groups.push(hidden.slice(at, at + 4));
  const last = groups.pop() ?? '';
  return prefix + [...groups, last + rest.slice(-4)].join(' ');
}
