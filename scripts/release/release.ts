// `npm run release -- --win|--mac|--linux`: builds the app, then signed installers for this machine's
// architecture (see README "Building signed installers" for the variables each platform needs).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseArgs, type ReleasePlatform } from './release-args.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const platform = process.argv
  .slice(2)
  .find((a) => ['--win', '--mac', '--linux'].includes(a))
  ?.slice(2) as ReleasePlatform | undefined;
if (!platform) {
  console.error('usage: npm run release -- --win | --mac | --linux');
  process.exit(2);
}
try {
  const args = releaseArgs(platform, process.arch, process.env);
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-app.ts')], { cwd: root, stdio: 'inherit' });
  execFileSync(join(root, 'node_modules/.bin/electron-builder'), args, { cwd: root, stdio: 'inherit' });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
