// Linux and macOS: a policy file counts only if root owns it and its folder and no one else can write them.
import { posix } from 'node:path';
import type { MachineFacts } from './machine-facts.js';
import { parseJson, PolicyCollector, type MachinePolicy } from './policy-result.js';

/** Linux's machine-wide policy file. */
export const LINUX_POLICY_FILE = '/etc/desk-signer/policy.json';
/** macOS managed preferences, as an MDM profile installs them. */
export const MAC_MANAGED_PLIST = '/Library/Managed Preferences/com.desksigner.app.plist';
/** macOS machine-wide policy file, for Macs without an MDM. */
export const MAC_POLICY_FILE = '/Library/Application Support/Desk Signer/policy.json';

/** Why a file cannot be trusted as policy, or null when only root can have written it. */
export function posixTrustProblem(machine: MachineFacts, path: string): string | null {
  const real = machine.realpath(path);
  const file = real === null ? null : machine.stat(real);
  if (real === null || file === null) return 'it cannot be read';
  if (!file.isFile) return 'it is not a regular file';
  const folder = machine.stat(posix.dirname(real));
  for (const [what, facts] of [['the file', file] as const, ['its folder', folder] as const]) {
    if (facts === null) return `${what} cannot be read`;
    if (facts.uid !== 0) return `${what} is not owned by root`;
    if ((facts.mode & 0o022) !== 0) return `${what} can be written by users other than root`;
  }
  return null;
}

/** Reads a JSON policy file if it exists and is trusted; a trusted but malformed one throws. */
function addJsonFile(machine: MachineFacts, collector: PolicyCollector, path: string): void {
  if (machine.stat(path) === null) return;
  const problem = posixTrustProblem(machine, path);
  if (problem) return collector.ignore(path, problem);
  collector.add(parseJson(machine.readFile(path), path), path);
}

/** Linux: /etc/desk-signer/policy.json. */
export function readLinuxPolicy(machine: MachineFacts): MachinePolicy {
  const collector = new PolicyCollector();
  addJsonFile(machine, collector, LINUX_POLICY_FILE);
  return collector.result();
}

/** macOS: the policy file, then managed preferences over it (an MDM profile wins key by key). */
export function readMacPolicy(machine: MachineFacts): MachinePolicy {
  const collector = new PolicyCollector();
  addJsonFile(machine, collector, MAC_POLICY_FILE);
  if (machine.stat(MAC_MANAGED_PLIST) !== null) {
    const problem = posixTrustProblem(machine, MAC_MANAGED_PLIST);
    if (problem) {
      collector.ignore(MAC_MANAGED_PLIST, problem);
    } else {
      const converted = machine.run('/usr/bin/plutil', ['-convert', 'json', '-o', '-', MAC_MANAGED_PLIST]);
      if (converted.status !== 0) throw new Error(`Policy ${MAC_MANAGED_PLIST} could not be converted with plutil.`);
      collector.add(parseJson(converted.stdout, MAC_MANAGED_PLIST), MAC_MANAGED_PLIST);
    }
  }
  return collector.result();
}
