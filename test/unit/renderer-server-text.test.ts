import { describe, expect, it } from 'vitest';
import { DIALOG_TEXT_LIMIT, cleanServerText, showServerText } from '../../renderer/src/text/server-text';

describe('cleanServerText', () => {
  it('keeps ordinary text as it is, accents, scripts and emoji included', () => {
    for (const text of ['Invalid OTP', 'Mot de passe incorrect – réessayez', 'رمز غير صالح', '署名できません 👩‍💻']) expect(cleanServerText(text)).toBe(text);
  });

  it('drops bidi marks, embeddings, overrides and isolates, which could reorder what the user reads', () => {
    expect(cleanServerText('Pay \u202eeulav\u202c now')).toBe('Pay eulav now');
    expect(cleanServerText('a\u2066b\u2069c\u200ed\u200fe\u061cf\u202ag\u202bh\u202di')).toBe('abcdefghi');
  });

  it('drops control characters and reads line breaks and tabs as spaces', () => {
    expect(cleanServerText('bell\u0007 nul\u0000 del\u007f c1\u009b')).toBe('bell nul del c1');
    expect(cleanServerText('  Service\r\nUnavailable\tnow\u2028later ')).toBe('Service Unavailable now later');
    expect(cleanServerText('lone \ud800 surrogate')).toBe('lone  surrogate');
  });
});

describe('showServerText', () => {
  it('shows text up to the limit whole', () => {
    const text = 'x'.repeat(DIALOG_TEXT_LIMIT);
    expect(showServerText(text)).toEqual({ text, full: text, cut: false });
  });

  it('cuts longer text at the limit with an ellipsis, and keeps the whole cleaned text to copy', () => {
    const long = `${'word '.repeat(150)}\u202eend`;
    const shown = showServerText(long);
    expect(shown.cut).toBe(true);
    expect(shown.full).toBe(cleanServerText(long));
    expect(shown.full).not.toContain('\u202e');
    expect(shown.text.endsWith('…')).toBe(true);
    expect(Array.from(shown.text).length).toBeLessThanOrEqual(DIALOG_TEXT_LIMIT + 1);
    expect(shown.full.startsWith(shown.text.slice(0, -1))).toBe(true);
  });

  it('counts characters as people see them, so a cut never splits an emoji', () => {
    const shown = showServerText('👩‍💻'.repeat(10), 4);
    expect(shown.text).toBe(`${'👩‍💻'.repeat(4)}…`);
  });
});
