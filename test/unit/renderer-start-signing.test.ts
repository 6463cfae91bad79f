import { describe, expect, it } from 'vitest';
import type { Result, SigningPreferences } from '../../shared/contract';
import { prepareSignDialog } from '../../renderer/src/signing/start-signing';
import type { SignPreparation } from '../../renderer/src/signing/start-signing';

const REMEMBERED: SigningPreferences = { reason: 'Approved', location: 'Leeds', contact: '' };

/** A promise with its resolve, to hold a step open while the test looks at what else has started. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Steps that record when each starts; each waits until the test lets it answer. */
function recordedSteps(options: { sms: boolean }) {
  const started: string[] = [];
  const save = deferred<boolean>();
  const preferences = deferred<SigningPreferences>();
  const sms = deferred<Result<null> | null>();
  const steps: SignPreparation = {
    save: () => (started.push('save'), save.promise),
    readPreferences: () => (started.push('preferences'), preferences.promise),
    sendCode: options.sms ? () => (started.push('sms'), sms.promise) : null,
  };
  return { started, steps, save, preferences, sms };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('prepareSignDialog', () => {
  it('reads the remembered details beside the save and the SMS, not before them', async () => {
    const { started, steps, save, preferences, sms } = recordedSteps({ sms: true });
    const opening = prepareSignDialog(steps);
    await tick();
    // The read is in flight while the save runs.
    expect(started).toEqual(['preferences', 'save']);
    save.resolve(true);
    await tick();
    // The SMS goes out without waiting for the read to answer.
    expect(started).toEqual(['preferences', 'save', 'sms']);
    sms.resolve({ ok: true, value: null });
    preferences.resolve(REMEMBERED);
    await expect(opening).resolves.toEqual({ status: 'ready', preferences: REMEMBERED, sent: 'sent' });
  });

  it('texts nothing when the form could not be saved first', async () => {
    const { started, steps, save, preferences } = recordedSteps({ sms: true });
    const opening = prepareSignDialog(steps);
    save.resolve(false);
    preferences.resolve(REMEMBERED);
    await expect(opening).resolves.toEqual({ status: 'stopped' });
    expect(started).not.toContain('sms');
  });

  it('opens without an SMS when none is due', async () => {
    const { started, steps, save, preferences } = recordedSteps({ sms: false });
    const opening = prepareSignDialog(steps);
    save.resolve(true);
    preferences.resolve(REMEMBERED);
    await expect(opening).resolves.toEqual({ status: 'ready', preferences: REMEMBERED, sent: 'none' });
    expect(started).toEqual(['preferences', 'save']);
  });

  it('hands back a refused SMS, opens on a lost answer (the code may be on its way), and stops when nothing came back', async () => {
    const cases: [Result<null> | null, unknown][] = [
      [
        { ok: false, error: { kind: 'forbidden', status: 403, message: 'No mobile number' } },
        { status: 'refused', error: { kind: 'forbidden', status: 403, message: 'No mobile number' } },
      ],
      [
        { ok: false, error: { kind: 'timeout', message: 'lost' } },
        { status: 'ready', preferences: REMEMBERED, sent: 'maybe' },
      ],
      [null, { status: 'stopped' }],
    ];
    for (const [answer, expected] of cases) {
      const { steps, save, preferences, sms } = recordedSteps({ sms: true });
      const opening = prepareSignDialog(steps);
      save.resolve(true);
      preferences.resolve(REMEMBERED);
      sms.resolve(answer);
      await expect(opening).resolves.toEqual(expected);
    }
  });
});
