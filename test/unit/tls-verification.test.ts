// TLS verification is never turned off: no file in the repository may carry a switch that does it.
// (eslint's no-restricted-syntax catches the code forms; this catches every file, config and script too.)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
// Built from parts so this file does not match itself.
const FORBIDDEN = [
  new RegExp(['reject', 'Unauthorized', String.raw`['"]?\s*[:=]\s*(false|0|!1)`].join('')),
  new RegExp(['NODE_TLS_', 'REJECT_UNAUTHORIZED'].join('')),
  new RegExp(['ignore-', 'certificate-errors'].join('')),
  new RegExp(['setCertificate', 'VerifyProc'].join('')),
  new RegExp(['allow-insecure', '-localhost'].join('')),
];
// The lint rule has to name what it forbids.
const NAMES_THE_RULE = new Set(['eslint.config.js']);

describe('TLS verification', () => {
  it('is never turned off in any tracked or new file', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f !== '' && !NAMES_THE_RULE.has(f) && !/\.(png|ico|icns|pdf|woff2?|ttf)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(new URL(file, root), 'utf8');
      } catch {
        continue; // deleted in the work tree
      }
      for (const pattern of FORBIDDEN) if (pattern.test(text)) offenders.push(`${file}: ${pattern.source}`);
    }
    expect(offenders).toEqual([]);
  });

  it('has patterns that do catch the forms they are for', () => {
    const samples = [
      '{ reject' + 'Unauthorized: false }',
      'process.env.NODE_TLS_' + "REJECT_UNAUTHORIZED = '0'",
      "appendSwitch('ignore-" + "certificate-errors')",
    ];
    for (const sample of samples) expect(FORBIDDEN.some((p) => p.test(sample))).toBe(true);
  });
});
