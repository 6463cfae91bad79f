// electron-builder's afterAllArtifactBuild hook: detached, armoured GPG signatures (.asc) for the Linux
// packages when DESK_SIGNER_GPG_KEY names a key in the build machine's keyring; without it, nothing.
import { execFileSync } from 'node:child_process';

const SIGNED = /\.(AppImage|deb|rpm)$/;

/** Signs each Linux package and returns the signature files, so they are published beside the packages. */
export default function gpgSign(buildResult) {
  const key = process.env.DESK_SIGNER_GPG_KEY;
  if (!key) return [];
  const signatures = [];
  for (const artifact of buildResult.artifactPaths.filter((path) => SIGNED.test(path))) {
    execFileSync('gpg', ['--batch', '--yes', '--local-user', key, '--armor', '--detach-sign', '--output', `${artifact}.asc`, artifact], { stdio: 'inherit' });
    signatures.push(`${artifact}.asc`);
  }
  return signatures;
}
