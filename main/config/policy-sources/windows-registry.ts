// `reg query` output: a header line naming the key, then one line per value, four spaces apart:
//     serverUrl    REG_SZ    https://sh.example.org
//     kioskMode    REG_DWORD    0x1

import type { MachineFacts } from './machine-facts.js';

/** One registry value as `reg query` prints it. */
export interface RegistryValue {
  type: string;
  data: string;
}

/** The policy key: under HKLM\SOFTWARE\Policies, which only administrators can write. */
export const POLICY_REGISTRY_KEY = 'HKLM\\SOFTWARE\\Policies\\Desk Signer';

/** Policy keys that are on/off switches; the registry stores them as DWORD 0 or 1. */
const SWITCH_KEYS = new Set(['kioskMode', 'kioskRememberHost', 'lockServerUrl', 'autoUpdate']);

/** Parses `reg query` output into its values by name (subkeys and the header line are skipped). */
export function parseRegQuery(stdout: string): Map<string, RegistryValue> {
  const values = new Map<string, RegistryValue>();
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line);
    if (match?.[1] && match[2]) values.set(match[1], { type: match[2], data: match[3] ?? '' });
  }
  return values;
}

/** Turns registry values into policy values: REG_SZ as text, REG_DWORD as a number or, for switches, 0/1 as false/true. */
export function registryPolicyValues(values: Map<string, RegistryValue>, source: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, { type, data }] of values) {
    if (type === 'REG_SZ') {
      out[name] = data;
    } else if (type === 'REG_DWORD') {
      const n = Number.parseInt(data, 16);
      out[name] = SWITCH_KEYS.has(name) ? (n === 0 || n === 1 ? n === 1 : n) : n;
    } else {
      throw new Error(`Policy ${source} value “${name}” is ${type}; use REG_SZ for text and REG_DWORD for numbers and switches.`);
    }
  }
  return out;
}

/** Runs `reg query` for a key (64-bit view); null when the key or value does not exist. */
export function queryRegistry(machine: Pick<MachineFacts, 'run'>, key: string, value?: string): Map<string, RegistryValue> | null {
  const result = machine.run('reg.exe', ['query', key, ...(value ? ['/v', value] : []), '/reg:64']);
  return result.status === 0 ? parseRegQuery(result.stdout) : null;
}
