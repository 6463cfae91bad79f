import { describe, expect, it } from 'vitest';
import { outcomeUnknown, unknownOutcomeNote } from '../../renderer/src/signing/sign-outcome';

describe('a sign that failed without an answer', () => {
  it('counts as unknown only when no answer came (network, timeout)', () => {
    expect(outcomeUnknown({ kind: 'network' })).toBe(true);
    expect(outcomeUnknown({ kind: 'timeout' })).toBe(true);
    for (const kind of ['forbidden', 'invalid_input', 'server', 'not_found', 'invalid_response'] as const) expect(outcomeUnknown({ kind })).toBe(false);
  });

  it('says it is safe to sign again only when the field is still to do', () => {
    expect(unknownOutcomeNote('todo')).toMatch(/safe to sign again/);
    expect(unknownOutcomeNote('unknown')).not.toMatch(/safe to sign again/);
    expect(unknownOutcomeNote('unknown')).toMatch(/before you sign again/);
  });
});
