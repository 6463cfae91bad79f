import type { MachineFacts } from './machine-facts.js';
import type { MachinePolicy } from './policy-result.js';
import { readLinuxPolicy, readMacPolicy } from './posix-policy.js';
import { readWindowsPolicy } from './windows-policy.js';

/** Reads the machine-wide policy a packaged app obeys, from the places only administrators can write. */
export function readMachinePolicy(platform: NodeJS.Platform, machine: MachineFacts): MachinePolicy {
  if (platform === 'win32') return readWindowsPolicy(machine);
  if (platform === 'darwin') return readMacPolicy(machine);
  return readLinuxPolicy(machine);
}
