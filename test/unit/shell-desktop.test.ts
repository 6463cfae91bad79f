// The browser shell's Desktop: the save stand-in never leaves the test's folder, Cancel is one-shot, the idle
// clock follows input and what tests set, and every request to the shell waits for its answer.
import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createShellDesktop } from '../../scripts/browser-shell/shell-desktop.js';
import type { DesktopRequest } from '../../scripts/browser-shell/shell-messages.js';

const shellDesktop = () => {
  const requests: { request: DesktopRequest; seq: number }[] = [];
  let quits = 0;
  const shell = createShellDesktop(
    (request, seq) => requests.push({ request, seq }),
    '/saved',
    () => quits++,
  );
  return { shell, requests, quits: () => quits };
};

describe('the browser shell’s Desktop', () => {
  it('answers the save dialog inside the test’s folder, and Cancel once when asked', async () => {
    const { shell } = shellDesktop();
    expect(await shell.desktop.chooseSavePath('../../etc/passwd', [])).toBe(join('/saved', 'passwd'));
    shell.control({ control: 'cancelNextSave' });
    expect(await shell.desktop.chooseSavePath('audit.csv', [])).toBeNull();
    expect(await shell.desktop.chooseSavePath('audit.csv', [])).toBe(join('/saved', 'audit.csv'));
    const noFolder = createShellDesktop(
      () => undefined,
      undefined,
      () => undefined,
    );
    expect(await noFolder.desktop.chooseSavePath('audit.csv', [])).toBeNull();
  });

  it('never answers with a file that exists: the next free "name (n)" instead', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'shell-save-'));
    try {
      const shell = createShellDesktop(
        () => undefined,
        folder,
        () => undefined,
      );
      await writeFile(join(folder, 'Offer.pdf'), 'first');
      await writeFile(join(folder, 'Offer (2).pdf'), 'second');
      expect(await shell.desktop.chooseSavePath('Offer.pdf', [])).toBe(join(folder, 'Offer (3).pdf'));
      expect(await shell.desktop.chooseSavePath('Notes', [])).toBe(join(folder, 'Notes'));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('counts idle time from the last input, or from what a test set', () => {
    const { shell } = shellDesktop();
    shell.control({ control: 'setIdle', seconds: 95 });
    expect(shell.desktop.idleSeconds()).toBeGreaterThanOrEqual(95);
    expect(shell.desktop.idleSeconds()).toBeLessThan(96);
    shell.control({ control: 'activity' });
    expect(shell.desktop.idleSeconds()).toBeLessThan(1);
  });

  it('opens and closes hand-over windows through the shell, resolving only when the shell is done', async () => {
    const { shell, requests } = shellDesktop();
    let opened = false;
    const open = shell.desktop.handOverWindows.open('h-1').then(() => (opened = true));
    await Promise.resolve();
    expect(requests).toEqual([{ request: { op: 'openHandOver', id: 'h-1' }, seq: 1 }]);
    expect(opened).toBe(false);
    shell.control({ desktopDone: 1 });
    await open;
    const close = shell.desktop.handOverWindows.close('h-1');
    shell.control({ desktopDone: 2 });
    await close;
    expect(requests.at(-1)).toEqual({ request: { op: 'closeHandOver', id: 'h-1' }, seq: 2 });
  });

  it('reports opened files to the shell, and quits only after the shell has closed its windows', async () => {
    const { shell, requests, quits } = shellDesktop();
    const opening = shell.desktop.openPath('/saved/a.pdf');
    shell.control({ desktopDone: 1 });
    expect(await opening).toBe('');
    shell.desktop.quit();
    await Promise.resolve();
    expect(quits()).toBe(0);
    shell.control({ desktopDone: 2 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests.map((r) => r.request.op)).toEqual(['opened', 'quit']);
    expect(quits()).toBe(1);
  });
});
