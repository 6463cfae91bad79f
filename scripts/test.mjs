// `npm test`: typecheck, lint, build, then unit + integration (Vitest) and e2e (Playwright),
// all inside a private D-Bus session with a throwaway, unlocked gnome-keyring where Linux has one.
// Ends with one line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

// Re-run inside a private bus + keyring on Linux, unless already there.
if (process.platform === 'linux' && !process.env.DESK_SIGNER_KEYRING) {
  if (onPath('dbus-run-session') && onPath('gnome-keyring-daemon')) {
    const temp = mkdtempSync(join(tmpdir(), 'desk-signer-test-'));
    const xdg = {};
    for (const name of ['DATA', 'CONFIG', 'CACHE', 'RUNTIME']) {
      const dir = join(temp, name.toLowerCase());
      mkdirSync(dir, { mode: 0o700 });
      xdg[`XDG_${name}_HOME`] = dir;
    }
    xdg.XDG_RUNTIME_DIR = xdg.XDG_RUNTIME_HOME;
    delete xdg.XDG_RUNTIME_HOME;
    const script = 'printf %s "$KEYRING_PW" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"';
    const run = spawnSync('dbus-run-session', ['--', 'sh', '-c', script, 'sh', process.execPath, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, ...xdg, KEYRING_PW: randomBytes(12).toString('hex'), DESK_SIGNER_KEYRING: 'gnome-keyring' },
    });
    rmSync(temp, { recursive: true, force: true });
    process.exit(run.status ?? 1);
  }
  console.log('note: dbus-run-session or gnome-keyring-daemon is missing (apt-get install dbus gnome-keyring); keychain tests will say why they skip.');
}

const results = { passed: 0, failed: 0, skipped: 0 };
const outDir = mkdtempSync(join(tmpdir(), 'desk-signer-reports-'));

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  console.log(`=== ${name}: ${run.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return run.status === 0;
}

function check(name, cmd, args) {
  if (step(name, cmd, args)) results.passed += 1;
  else results.failed += 1;
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
const built = step('build', 'npm', ['run', '--silent', 'build']);
if (built) results.passed += 1;
else results.failed += 1;

const vitestJson = join(outDir, 'vitest.json');
step('unit + integration (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  results.passed += report.numPassedTests;
  // A file that failed to load has no failed test of its own; count it once, not its suites.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  results.failed += report.numFailedTests + brokenFiles;
  results.skipped += report.numPendingTests + report.numTodoTests;
} else {
  results.failed += 1;
}

if (built) {
  const pwJson = join(outDir, 'playwright.json');
  step('e2e (playwright)', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const { stats } = JSON.parse(readFileSync(pwJson, 'utf8'));
    results.passed += stats.expected + stats.flaky;
    results.failed += stats.unexpected;
    results.skipped += stats.skipped;
  } else {
    results.failed += 1;
  }
} else {
  console.log('e2e skipped: the build failed, so there is no UI to drive.');
  results.failed += 1;
}

rmSync(outDir, { recursive: true, force: true });
console.log(`\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
process.exit(results.failed === 0 ? 0 : 1);
