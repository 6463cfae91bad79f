// The electron-builder arguments of a release build: signed or refused, one native architecture, and the
// update feed from the environment (or no publish at all).

/** What a release is built for. */
export type ReleasePlatform = 'win' | 'mac' | 'linux';

/**
 * Arguments for `electron-builder`. Windows and macOS force code signing, so a missing certificate fails
 * the build instead of producing an unsigned installer. The architecture is the build machine's own,
 * so keytar's native module matches it (a CI matrix builds the others).
 */
export function releaseArgs(platform: ReleasePlatform, arch: string, env: Readonly<Record<string, string | undefined>>): string[] {
  if (arch !== 'x64' && arch !== 'arm64') throw new Error(`Desk Signer is released for x64 and arm64, not ${arch}.`);
  const args = [`--${platform}`, `--${arch}`, '--config', 'electron-builder.yml', '--publish', 'never'];
  if (platform !== 'linux') args.push('-c.forceCodeSigning=true');
  const feed = env.DESK_SIGNER_UPDATE_URL;
  if (feed) {
    if (!/^https:\/\//.test(feed)) throw new Error('DESK_SIGNER_UPDATE_URL must be an https:// URL.');
    args.push('-c.publish.provider=generic', `-c.publish.url=${feed}`, `-c.publish.channel=${env.DESK_SIGNER_UPDATE_CHANNEL || 'latest'}`);
  }
  return args;
}
