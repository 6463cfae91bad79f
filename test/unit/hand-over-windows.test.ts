import { describe, expect, it } from 'vitest';
import { electronSenderFacts } from '../../main/ipc/trusted-sender.js';
import { HandOverWindowRegistry, type HandOverWindow } from '../../main/window/hand-over-windows.js';

/** A host that records what the registry asks of it, in order. */
function recordingHost(options: { failLoad?: boolean } = {}) {
  const events: string[] = [];
  const windows: (HandOverWindow & { partition: string })[] = [];
  let next = 0;
  const host = {
    randomId: () => `r${++next}`,
    protectMainWindow: (on: boolean) => events.push(`protect:${on}`),
    createWindow: (partition: string) => {
      const contents = { partition };
      const window = {
        partition,
        contents,
        load: async () => {
          events.push(`load:${partition}`);
          if (options.failLoad) throw new Error('ERR_FAILED');
        },
        destroy: () => events.push(`destroy:${partition}`),
        clearSession: async () => {
          events.push(`clear:${partition}`);
        },
      };
      windows.push(window);
      events.push(`create:${partition}`);
      return window;
    },
  };
  return { host, events, windows };
}

describe('hand-over window registry', () => {
  it('opens each hand-over on a fresh kiosk- partition, protecting the main window first', async () => {
    const { host, events, windows } = recordingHost();
    const registry = new HandOverWindowRegistry(host);
    await registry.open('a');
    expect(events).toEqual(['protect:true', 'create:kiosk-r1', 'load:kiosk-r1']);
    expect(registry.idOf(windows[0]!.contents)).toBe('a');
    // Anything else, the main window's contents included, names no hand-over.
    expect(registry.idOf({ partition: 'kiosk-r1' })).toBeUndefined();
    expect(registry.idOf(undefined)).toBeUndefined();
  });

  it('knows the id before the page loads, so its first call is answered as the hand-over', async () => {
    const { host } = recordingHost();
    let seenDuringLoad: string | undefined;
    const registry = new HandOverWindowRegistry({
      ...host,
      createWindow: (partition) => {
        const window = host.createWindow(partition);
        return { ...window, load: async () => void (seenDuringLoad = registry.idOf(window.contents)) };
      },
    });
    await registry.open('a');
    expect(seenDuringLoad).toBe('a');
  });

  it('closes by destroying the window and wiping its session, and drops the id', async () => {
    const { host, events, windows } = recordingHost();
    const registry = new HandOverWindowRegistry(host);
    await registry.open('a');
    await registry.open('b');
    events.splice(0);
    await registry.close('a');
    expect(events).toEqual(['destroy:kiosk-r1', 'clear:kiosk-r1']);
    expect(registry.idOf(windows[0]!.contents)).toBeUndefined();
    expect(registry.idOf(windows[1]!.contents)).toBe('b');
    // Content protection on the main window stays while a hand-over is on screen, and goes with the last.
    await registry.close('b');
    expect(events.slice(2)).toEqual(['destroy:kiosk-r2', 'clear:kiosk-r2', 'protect:false']);
    events.splice(0);
    await registry.close('b');
    await registry.close('never');
    expect(events).toEqual([]);
  });

  it('never reuses a partition: the next signer gets a new one', async () => {
    const { host, windows } = recordingHost();
    const registry = new HandOverWindowRegistry(host);
    await registry.open('a');
    await registry.close('a');
    await registry.open('b');
    await registry.open('b');
    expect(windows.map((w) => w.partition)).toEqual(['kiosk-r1', 'kiosk-r2', 'kiosk-r3']);
    expect(registry.idOf(windows[1]!.contents)).toBeUndefined();
  });

  it('wipes a window whose page failed to load, and passes the failure on', async () => {
    const { host, events } = recordingHost({ failLoad: true });
    const registry = new HandOverWindowRegistry(host);
    await expect(registry.open('a')).rejects.toThrow('ERR_FAILED');
    expect(events).toEqual(['protect:true', 'create:kiosk-r1', 'load:kiosk-r1', 'destroy:kiosk-r1', 'clear:kiosk-r1', 'protect:false']);
  });

  it('closeAll wipes every open hand-over', async () => {
    const { host, events } = recordingHost();
    const registry = new HandOverWindowRegistry(host);
    await registry.open('a');
    await registry.open('b');
    events.splice(0);
    await registry.closeAll();
    expect(events.filter((e) => e.startsWith('clear:')).sort()).toEqual(['clear:kiosk-r1', 'clear:kiosk-r2']);
    expect(events.at(-1)).toBe('protect:false');
  });
});

describe('sender facts of a hand-over window', () => {
  it('carry the hand-over id main knows for the sending webContents, and nothing for any other sender', async () => {
    const { host, windows } = recordingHost();
    const registry = new HandOverWindowRegistry(host);
    await registry.open('a');
    const mainContents = { id: 1 };
    const top = { url: 'app://desk-signer/index.html', parent: null };
    const idOf = (contents: unknown) => registry.idOf(contents);
    expect(electronSenderFacts({ sender: windows[0]!.contents, senderFrame: top }, mainContents, idOf)).toEqual({
      url: top.url,
      isTopFrame: true,
      fromMainWindow: false,
      handOverId: 'a',
    });
    expect(electronSenderFacts({ sender: mainContents, senderFrame: top }, mainContents, idOf)).not.toHaveProperty('handOverId');
    // Once closed, its webContents name no hand-over, even if a late call arrives.
    await registry.close('a');
    expect(electronSenderFacts({ sender: windows[0]!.contents, senderFrame: top }, mainContents, idOf)).not.toHaveProperty('handOverId');
  });
});
