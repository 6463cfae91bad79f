// Windows: the registry policy key, then the ProgramData file only if administrators alone can write it.
import { win32 } from 'node:path';
import type { MachineFacts } from './machine-facts.js';
import { parseJson, PolicyCollector, type MachinePolicy } from './policy-result.js';
import { sddlCommand, sddlTrustProblem } from './windows-acl.js';
import { POLICY_REGISTRY_KEY, queryRegistry, registryPolicyValues } from './windows-registry.js';

const PROFILE_LIST = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList';
const CURRENT_VERSION = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';

/**
 * The ProgramData folder from the machine's registry (ProfileList's `%SystemDrive%\ProgramData`, the drive
 * from SystemRoot), never from a user's environment; null when the registry does not say.
 */
export function programDataFolder(machine: MachineFacts): string | null {
  const data = queryRegistry(machine, PROFILE_LIST, 'ProgramData')?.get('ProgramData')?.data;
  if (!data) return null;
  const systemRoot = queryRegistry(machine, CURRENT_VERSION, 'SystemRoot')?.get('SystemRoot')?.data;
  const drive = systemRoot ? /^[A-Za-z]:/.exec(systemRoot)?.[0] : undefined;
  const expanded = data.replace(/%SystemDrive%/gi, drive ?? '%SystemDrive%');
  return /%/.test(expanded) || !win32.isAbsolute(expanded) ? null : expanded;
}

/** The SDDL of a file or folder, or null when PowerShell could not read it. */
function sddlOf(machine: MachineFacts, path: string): string | null {
  const result = machine.run('powershell.exe', sddlCommand(path));
  return result.status === 0 && result.stdout.trim() !== '' ? result.stdout.trim() : null;
}

/** Why the ProgramData policy file or its folder may have been planted, or null when both are admin-only. */
function programDataTrustProblem(machine: MachineFacts, file: string): string | null {
  for (const [what, path] of [
    ['its folder', win32.dirname(file)],
    ['the file', file],
  ] as const) {
    const sddl = sddlOf(machine, path);
    if (sddl === null) return `the permissions of ${what} cannot be read`;
    const problem = sddlTrustProblem(sddl);
    if (problem) return `${what}: ${problem}`;
  }
  return null;
}

/** Windows: ProgramData\Desk Signer\policy.json if trusted, then the registry policy key over it. */
export function readWindowsPolicy(machine: MachineFacts): MachinePolicy {
  const collector = new PolicyCollector();
  const programData = programDataFolder(machine);
  const file = programData ? win32.join(programData, 'Desk Signer', 'policy.json') : null;
  if (file && machine.stat(file) !== null) {
    const problem = programDataTrustProblem(machine, file);
    if (problem) collector.ignore(file, problem);
    else collector.add(parseJson(machine.readFile(file), file), file);
  }
  const registry = queryRegistry(machine, POLICY_REGISTRY_KEY);
  if (registry && registry.size > 0) collector.add(registryPolicyValues(registry, POLICY_REGISTRY_KEY), POLICY_REGISTRY_KEY);
  return collector.result();
}
