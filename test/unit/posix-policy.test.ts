import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeMachineFacts, type MachineFacts } from '../../main/config/policy-sources/machine-facts.js';
import { readMachinePolicy } from '../../main/config/policy-sources/machine-policy.js';
import { LINUX_POLICY_FILE, MAC_MANAGED_PLIST, MAC_POLICY_FILE } from '../../main/config/policy-sources/posix-policy.js';
import { recordedMachine } from '../support/recorded-machine.js';

/** The real file system, with absolute paths moved under `root` so tests can stand in for /etc. */
function rootedMachine(root: string): MachineFacts {
  const real = nodeMachineFacts();
  const inside = (path: string) => join(root, path);
  return {
    stat: (path) => real.stat(inside(path)),
    realpath: (path) => {
      const resolved = real.realpath(inside(path));
      return resolved?.startsWith(root) ? resolved.slice(root.length) : resolved;
    },
    readFile: (path) => real.readFile(inside(path)),
    run: real.run,
  };
}

const isRoot = process.getuid?.() === 0;

// Real files and real stat: ownership can only be set up as root, which is how CI runs.
describe.runIf(isRoot)('Linux machine policy (real files)', () => {
  let root = '';
  const folder = () => join(root, '/etc/desk-signer');
  const file = () => join(root, LINUX_POLICY_FILE);
  const read = () => readMachinePolicy('linux', rootedMachine(root));
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-'));
    mkdirSync(folder(), { recursive: true, mode: 0o755 });
    writeFileSync(file(), '{"serverUrl":"https://fleet.example.org","lockServerUrl":true}', { mode: 0o644 });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads a root-owned file that no one else can write', () => {
    expect(read()).toEqual({ policy: { serverUrl: 'https://fleet.example.org', lockServerUrl: true }, warnings: [] });
  });

  it('ignores a file others can write, or not owned by root, with a warning naming it and why', () => {
    chmodSync(file(), 0o666);
    expect(read()).toEqual({
      policy: {},
      warnings: [`Ignored the policy ${LINUX_POLICY_FILE}: the file can be written by users other than root. Only administrators may set policy.`],
    });
    chmodSync(file(), 0o644);
    chmodSync(folder(), 0o775);
    expect(read().warnings[0]).toContain('its folder can be written by users other than root');
    chmodSync(folder(), 0o755);
    chownSync(file(), 1000, 1000);
    expect(read().warnings[0]).toContain('the file is not owned by root');
  });

  it('follows a link and judges the file it points to and that file’s folder', () => {
    const planted = join(root, 'tmp');
    mkdirSync(planted, { mode: 0o777 });
    chmodSync(planted, 0o777);
    writeFileSync(join(planted, 'p.json'), '{"serverUrl":"https://evil.example.org"}', { mode: 0o644 });
    rmSync(file());
    symlinkSync(join(planted, 'p.json'), file());
    expect(read()).toMatchObject({ policy: {}, warnings: [expect.stringContaining('its folder can be written by users other than root')] });
  });

  it('stops with a clear message when the trusted file is malformed', () => {
    writeFileSync(file(), '{"serverUrl":');
    expect(read).toThrow(`Policy ${LINUX_POLICY_FILE} is not valid JSON.`);
    writeFileSync(file(), '{"updateUrl":"http://updates.example.org"}');
    expect(read).toThrow(`Policy ${LINUX_POLICY_FILE} is invalid at “updateUrl”: must be an https:// URL.`);
  });

  it('reads nothing and warns nothing when there is no file', () => {
    rmSync(file());
    expect(read()).toEqual({ policy: {}, warnings: [] });
  });
});

describe('macOS machine policy (recorded)', () => {
  const plutil = `/usr/bin/plutil -convert json -o - ${MAC_MANAGED_PLIST}`;
  const managed = { status: 0, stdout: readFileSync(new URL('../fixtures/policy/plutil-managed.json', import.meta.url), 'utf8') };
  const fileText = '{"serverUrl":"https://file.example.org","updateChannel":"beta"}';

  it('reads managed preferences through plutil over the Application Support file', () => {
    const machine = recordedMachine({
      files: { [MAC_POLICY_FILE]: { text: fileText }, [MAC_MANAGED_PLIST]: { text: '<plist/>' } },
      commands: { [plutil]: managed },
    });
    expect(readMachinePolicy('darwin', machine)).toEqual({
      policy: { serverUrl: 'https://mdm.example.org', lockServerUrl: true, autoUpdate: false, updateChannel: 'beta' },
      warnings: [],
    });
  });

  it('ignores a file owned by a user, or one in a folder admins’ users can write', () => {
    const userOwned = recordedMachine({ files: { [MAC_POLICY_FILE]: { text: fileText, uid: 501 } } });
    expect(readMachinePolicy('darwin', userOwned).warnings).toEqual([
      `Ignored the policy ${MAC_POLICY_FILE}: the file is not owned by root. Only administrators may set policy.`,
    ]);
    const openFolder = recordedMachine({
      files: { [MAC_MANAGED_PLIST]: { text: '<plist/>' } },
      folders: { '/Library/Managed Preferences': { mode: 0o777 } },
      commands: { [plutil]: managed },
    });
    expect(readMachinePolicy('darwin', openFolder)).toMatchObject({ policy: {}, warnings: [expect.stringContaining('its folder can be written')] });
    expect(openFolder.ran).toEqual([]);
  });

  it('stops when a trusted managed plist cannot be converted or holds a bad value', () => {
    const broken = recordedMachine({ files: { [MAC_MANAGED_PLIST]: { text: '<plist/>' } } });
    expect(() => readMachinePolicy('darwin', broken)).toThrow('could not be converted with plutil');
    const badValue = recordedMachine({
      files: { [MAC_MANAGED_PLIST]: { text: '<plist/>' } },
      commands: { [plutil]: { status: 0, stdout: '{"proxy":"socks5://p.example.org:1080"}' } },
    });
    expect(() => readMachinePolicy('darwin', badValue)).toThrow(/invalid at “proxy”: must be an http:\/\/ or https:\/\/ proxy URL/);
  });
});
