import { describe, expect, it } from 'vitest';
import { outcomeUnknown, unknownOutcomeNote } from '../../renderer/src/signing/sign-outcome';

describe('a sign that failed without an answer', () => {
  it('counts as unknown when no answer came, a gateway answered or the answer could not be read', () => {
    expect(outcomeUnknown({ kind: 'network' })).toBe(true);
    expect(outcomeUnknown({ kind: 'timeout' })).toBe(true);
    expect(outcomeUnknown({ kind: 'invalid_response', status: 200 })).toBe(true);
    // A gateway's 502, 503 or 504 says nothing of whether SigningHub behind it signed.
    for (const status of [502, 503, 504]) expect(outcomeUnknown({ kind: 'server', status })).toBe(true);
  });

  it('is known when SigningHub itself answered with an error', () => {
    for (const kind of ['forbidden', 'invalid_input', 'not_found'] as const) expect(outcomeUnknown({ kind, status: 403 })).toBe(false);
    expect(outcomeUnknown({ kind: 'server', status: 500 })).toBe(false);
  });

  it('says it is safe to sign again only when the field is still to do', () => {
    expect(unknownOutcomeNote('todo')).toMatch(/safe to sign again/);
    expect(unknownOutcomeNote('unknown')).not.toMatch(/safe to sign again/);
    expect(unknownOutcomeNote('unknown')).toMatch(/before you sign again/);
  });
});
