import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { windowBackground } from '../../main/window/window-background.js';
import { secureWindowOptions } from '../../main/window/window-options.js';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The --bg value in base.css's light block (the first) and dark block (the one under prefers-color-scheme: dark). */
function pageBackgrounds(): { light: string; dark: string } {
  const css = read('renderer/src/styles/base.css');
  const [light, dark] = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((match) => match[1]);
  return { light: light ?? '', dark: dark ?? '' };
}

describe('window background', () => {
  it('is the light page colour for a light OS theme and the dark one for a dark theme', () => {
    expect(windowBackground(false)).toBe('#f4f6f9');
    expect(windowBackground(true)).toBe('#0f141a');
  });

  it('matches the page background the stylesheet paints, in both themes', () => {
    const { light, dark } = pageBackgrounds();
    expect(windowBackground(false)).toBe(light);
    expect(windowBackground(true)).toBe(dark);
  });

  it('matches the first-paint stylesheet index.html links before any script', () => {
    const html = read('renderer/index.html');
    const css = read('renderer/first-paint.css');
    expect(html.indexOf('first-paint.css')).toBeGreaterThan(-1);
    expect(html.indexOf('first-paint.css')).toBeLessThan(html.indexOf('<script'));
    expect(css).toContain(`background: ${windowBackground(false)}`);
    expect(css).toMatch(new RegExp(`prefers-color-scheme: dark[^}]*background: ${windowBackground(true)}`));
  });

  it('is the window option the main process passes, from nativeTheme.shouldUseDarkColors', () => {
    expect(secureWindowOptions('/preload.cjs', true, true).backgroundColor).toBe('#0f141a');
    expect(secureWindowOptions('/preload.cjs', true, false).backgroundColor).toBe('#f4f6f9');
    // Old two-argument calls keep the light colour.
    expect(secureWindowOptions('/preload.cjs', true).backgroundColor).toBe('#f4f6f9');
  });
});
