import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMachinePolicy } from '../../main/config/policy-sources/machine-policy.js';
import { sddlCommand, sddlTrustProblem } from '../../main/config/policy-sources/windows-acl.js';
import { parseRegQuery } from '../../main/config/policy-sources/windows-registry.js';
import { recordedMachine } from '../support/recorded-machine.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/policy/${name}`, import.meta.url), 'utf8');
const ok = (name: string) => ({ status: 0, stdout: fixture(name) });
const POLICY_QUERY = 'reg.exe query HKLM\\SOFTWARE\\Policies\\Desk Signer /reg:64';
const FOLDER = 'C:\\ProgramData\\Desk Signer';
const FILE = `${FOLDER}\\policy.json`;
const where = {
  'reg.exe query HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList /v ProgramData /reg:64': ok('reg-profilelist.txt'),
  'reg.exe query HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion /v SystemRoot /reg:64': ok('reg-systemroot.txt'),
};
const acl = (path: string, name: string) => ({ [`powershell.exe ${sddlCommand(path).join(' ')}`]: ok(name) });
const fileText = '{"serverUrl":"https://file.example.org","clientSecret":"from-file","proxy":"http://proxy.example.org:8080"}';

describe('Windows machine policy', () => {
  it('reads the registry policy key, DWORD switches as booleans and numbers as numbers', () => {
    const machine = recordedMachine({ commands: { ...where, [POLICY_QUERY]: ok('reg-policy.txt') } });
    expect(readMachinePolicy('win32', machine)).toEqual({
      policy: { serverUrl: 'https://sh.example.org', clientId: 'fleet-client', kioskMode: true, idleTimeoutSeconds: 60, updateChannel: 'beta' },
      warnings: [],
    });
  });

  it('finds ProgramData from the registry, never the environment, and lets the registry win key by key', () => {
    const machine = recordedMachine({
      files: { [FILE]: { text: fileText } },
      commands: { ...where, ...acl(FOLDER, 'sddl-folder-locked.txt'), ...acl(FILE, 'sddl-file-locked.txt'), [POLICY_QUERY]: ok('reg-policy.txt') },
    });
    const { policy, warnings } = readMachinePolicy('win32', machine);
    expect(warnings).toEqual([]);
    expect(policy).toMatchObject({ serverUrl: 'https://sh.example.org', clientSecret: 'from-file', proxy: 'http://proxy.example.org:8080' });
    expect(machine.ran.filter((line) => /%|ProgramData\\/i.test(line) && !line.startsWith('powershell'))).toEqual([]);
  });

  it('ignores a ProgramData file that Users could have planted, with a warning naming the file and the reason', () => {
    const inherited = recordedMachine({
      files: { [FILE]: { text: fileText } },
      commands: { ...where, ...acl(FOLDER, 'sddl-folder-inherited.txt'), ...acl(FILE, 'sddl-file-locked.txt') },
    });
    expect(readMachinePolicy('win32', inherited)).toEqual({
      policy: {},
      warnings: [`Ignored the policy ${FILE}: its folder: BU may write to it. Only administrators may set policy.`],
    });
    const userOwned = recordedMachine({
      files: { [FILE]: { text: fileText } },
      commands: { ...where, ...acl(FOLDER, 'sddl-folder-locked.txt'), ...acl(FILE, 'sddl-file-user-owned.txt') },
    });
    expect(readMachinePolicy('win32', userOwned).warnings[0]).toMatch(/the file: it is owned by S-1-5-21-[\d-]+1001, not Administrators or SYSTEM/);
    const unreadable = recordedMachine({ files: { [FILE]: { text: fileText } }, commands: where });
    expect(readMachinePolicy('win32', unreadable).warnings[0]).toMatch(/the permissions of its folder cannot be read/);
  });

  it('stops with a clear message when the trusted registry policy is malformed', () => {
    const multi = recordedMachine({ commands: { ...where, [POLICY_QUERY]: ok('reg-multi-sz.txt') } });
    expect(() => readMachinePolicy('win32', multi)).toThrow('value “servers” is REG_MULTI_SZ; use REG_SZ for text and REG_DWORD');
    const badSwitch = recordedMachine({ commands: { ...where, [POLICY_QUERY]: ok('reg-bad-switch.txt') } });
    expect(() => readMachinePolicy('win32', badSwitch)).toThrow(/Desk Signer is invalid at “autoUpdate”/);
  });

  it('reads no file when the registry does not say where ProgramData is', () => {
    const machine = recordedMachine({ files: { [FILE]: { text: fileText } } });
    expect(readMachinePolicy('win32', machine)).toEqual({ policy: {}, warnings: [] });
  });

  it('parses reg output with spaces in names and empty values, and SDDL rights in hex or letters', () => {
    const values = parseRegQuery('\r\nHKEY_LOCAL_MACHINE\\X\r\n    server Url    REG_SZ    a  b\r\n    empty    REG_SZ\r\n');
    expect([...values]).toEqual([
      ['server Url', { type: 'REG_SZ', data: 'a  b' }],
      ['empty', { type: 'REG_SZ', data: '' }],
    ]);
    expect(sddlTrustProblem('O:SYD:(A;;0x1301bf;;;AU)')).toBe('AU may write to it');
    expect(sddlTrustProblem('O:SYD:(A;;FR;;;WD)(D;;FA;;;BU)')).toBeNull();
    expect(sddlTrustProblem('O:BAD:NO_ACCESS_CONTROL')).toBe('it has no access list, so anyone may write it');
  });
});
