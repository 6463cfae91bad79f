// The update host: the kiosk's install facts with the OS idle time, and a restart only when "Restart now" is pressed.
import { describe, expect, it } from 'vitest';
import { restartQuestion, updateHost } from '../../main/update/update-host.js';

describe('update host', () => {
  it('tells the controller the kiosk state and idle time, and asks the desk before a restart', async () => {
    const asked: string[] = [];
    let pressed = 1;
    const host = updateHost({
      kioskMode: true,
      installFacts: () => ({ hostLocked: true, handOverOpen: false }),
      idleSeconds: () => 300,
      ask: (question) => {
        asked.push(question.message);
        return Promise.resolve(pressed);
      },
      log: () => undefined,
    });
    expect(host.installState()).toEqual({ kioskMode: true, hostLocked: true, handOverOpen: false, idleSeconds: 300 });
    expect(await host.offerRestart('1.2.3')).toBe(false);
    pressed = 0;
    expect(await host.offerRestart('1.2.3')).toBe(true);
    expect(asked).toEqual([restartQuestion('1.2.3').message, restartQuestion('1.2.3').message]);
    expect(restartQuestion('1.2.3').buttons).toEqual(['Restart now', 'Later']);
  });
});
