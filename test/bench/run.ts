// `npm run bench`: builds the app, then prints each figure as `bench <name>: <number> <unit>`.
// These are measurements, not pass/fail tests.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { benchBridgeOverhead } from './bridge-overhead.js';
import { benchKioskSoak } from './kiosk-soak.js';
import { benchRttOpenPackage, benchRttSign, benchRttSignIn, benchRttSort10k } from './latency.js';
import { benchListScale } from './list-scale.js';
import { benchRendererJs } from './renderer-js.js';

const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);
const known = [
  'renderer-js',
  'bridge-overhead',
  'list-scale',
  'rtt-sign-in',
  'rtt-open-package',
  'rtt-sign',
  'rtt-sort-10k',
  'kiosk-heap-growth',
  'kiosk-hand-over',
];
const unknown = only.filter((name) => !known.includes(name));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; choose from ${known.join(', ')}.`);
  process.exit(2);
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}`);
// Built in a child process, so the build's heap and workers do not weigh on the bridge, whose Node side runs here.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-app.ts'], { stdio: 'inherit' });
if (want('renderer-js')) await benchRendererJs();
if (want('bridge-overhead')) await benchBridgeOverhead();
if (want('list-scale')) await benchListScale();
if (want('rtt-sign-in')) await benchRttSignIn();
if (want('rtt-open-package')) await benchRttOpenPackage();
if (want('rtt-sign')) await benchRttSign();
if (want('rtt-sort-10k')) await benchRttSort10k();
// One soak gives both kiosk figures.
if (want('kiosk-heap-growth') || want('kiosk-hand-over')) await benchKioskSoak();
