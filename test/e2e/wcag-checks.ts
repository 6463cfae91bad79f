// Hand checks of WCAG 2.2 AA that axe does not make: clipping at narrow widths, text spacing, contrast of borders and ink.
import type { Locator, Page } from '@playwright/test';

/** The WCAG 1.4.12 text-spacing overrides (the bookmarklet's values), as a stylesheet. */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

/** Applies a stylesheet through the CSSOM (the app's CSP allows no inline <style>). */
export async function addSheet(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** An RGB(A) colour, channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses a computed colour (`rgb(…)`, `rgba(…)` or `color(srgb …)`). */
export function parseColour(text: string): Rgba {
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(text);
  if (srgb) return { r: Number(srgb[1]) * 255, g: Number(srgb[2]) * 255, b: Number(srgb[3]) * 255, a: srgb[4] === undefined ? 1 : Number(srgb[4]) };
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/.exec(text);
  if (!rgb) throw new Error(`not a colour I can read: ${text}`);
  return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: rgb[4] === undefined ? 1 : Number(rgb[4]) };
}

/** WCAG relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number): number => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours (1 to 21). */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `top` drawn over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number): number => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** An element's left border colour and the background around it (the nearest ancestor's painted background). */
export async function borderAndSurround(locator: Locator): Promise<{ border: string; around: string }> {
  return locator.evaluate((element) => {
    let parent = element.parentElement;
    let around = 'rgb(255, 255, 255)';
    while (parent !== null) {
      const colour = getComputedStyle(parent).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
        around = colour;
        break;
      }
      parent = parent.parentElement;
    }
    return { border: getComputedStyle(element).borderLeftColor, around };
  });
}

/** The contrast of an element's border against what surrounds it. */
export async function borderContrast(locator: Locator): Promise<number> {
  const { border, around } = await borderAndSurround(locator);
  const background = parseColour(around);
  return contrast(over(parseColour(border), background), background);
}

/** What clips: an element that hides part of its content, or sits past the window's right edge, outside any scroller. */
export interface Clipped {
  what: string;
  why: string;
}

/**
 * Everything visible that cuts content off: an element whose content is wider (or taller) than it while it hides the
 * overflow, or that reaches past the window's right edge, unless a scroller the keyboard can reach holds it. Page-level
 * sideways scrolling counts too.
 */
export async function clippedContent(page: Page): Promise<Clipped[]> {
  return page.evaluate(() => {
    const found: { what: string; why: string }[] = [];
    const describe = (element: Element): string => {
      const text = (element.textContent ?? '').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${text}"`;
    };
    const scrolls = (value: string): boolean => value === 'auto' || value === 'scroll';
    const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    // Keyboard-reachable: it is a Tab stop itself, holds one (focusing it scrolls it into view), or Chromium makes it one
    // (a scroller with nothing focusable inside is keyboard-focusable since Chromium 130).
    const takesFocus = (element: HTMLElement): boolean => {
      const before = document.activeElement;
      element.focus({ preventScroll: true });
      const took = document.activeElement === element;
      if (before instanceof HTMLElement) before.focus({ preventScroll: true });
      return took;
    };
    const reachable = (element: Element): boolean =>
      element instanceof HTMLElement && (element.tabIndex >= 0 || element.querySelector(focusable) !== null || takesFocus(element));
    const inScroller = (element: Element): boolean => {
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        if (scrolls(getComputedStyle(parent).overflowX) && reachable(parent)) return true;
      }
      return false;
    };
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      found.push({ what: 'the page', why: `scrolls sideways: ${document.documentElement.scrollWidth}px in ${window.innerWidth}px` });
    // Behind a modal dialog the page is inert: only the dialog counts then.
    const modal = document.querySelector('dialog:modal');
    for (const element of (modal ?? document.body).querySelectorAll('*')) {
      if (!(element instanceof HTMLElement) || element.getClientRects().length === 0) continue;
      if (element.closest('.visually-hidden, [aria-hidden="true"], [hidden]') !== null) continue;
      // A field mark is sized by the page image; the name it draws is a visual aid (its label and the field list say it).
      if (element.closest('.field-mark') !== null) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const wide = element.scrollWidth > element.clientWidth + 1 && style.overflowX !== 'visible';
      const tall = element.scrollHeight > element.clientHeight + 1 && style.overflowY !== 'visible' && !scrolls(style.overflowY);
      if (wide && !(scrolls(style.overflowX) && reachable(element)))
        found.push({ what: describe(element), why: `${element.scrollWidth}px of content in ${element.clientWidth}px` });
      if (tall) found.push({ what: describe(element), why: `${element.scrollHeight}px tall content in ${element.clientHeight}px` });
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1 && style.position !== 'fixed' && !inScroller(element))
        found.push({ what: describe(element), why: `reaches ${Math.round(box.right)}px of a ${window.innerWidth}px window` });
    }
    return found;
  });
}

/** Date cells whose text does not fit (cut off, or drawn with an ellipsis). */
export async function truncatedDates(page: Page): Promise<string[]> {
  return page.locator('time').evaluateAll((times) =>
    times.flatMap((time) => {
      const cell = time.closest('[role="cell"], td') ?? time.parentElement ?? time;
      const style = getComputedStyle(cell);
      const cut = cell.scrollWidth > cell.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1;
      const ellipsis = style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap';
      return cut || ellipsis
        ? [`${time.textContent ?? ''} (${cell.scrollWidth}×${cell.scrollHeight} in ${cell.clientWidth}×${cell.clientHeight}, ${style.textOverflow})`]
        : [];
    }),
  );
}

/** The drawn ink on a canvas (its most opaque pixels' colour) and the background it is shown on. */
export async function inkAndPaper(canvas: Locator): Promise<{ ink: Rgba; paper: Rgba; inked: number }> {
  const { pixel, paper, inked } = await canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let best = -1;
    let count = 0;
    for (let i = 3; i < data.length; i += 4) {
      const alpha = data[i] ?? 0;
      if (alpha > 0) count++;
      if (alpha > (best < 0 ? 0 : (data[best + 3] ?? 0))) best = i - 3;
    }
    const at = Math.max(best, 0);
    return {
      pixel: [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0, (data[at + 3] ?? 0) / 255] as const,
      paper: getComputedStyle(element).backgroundColor,
      inked: count,
    };
  });
  const background = parseColour(paper);
  return { ink: over({ r: pixel[0], g: pixel[1], b: pixel[2], a: pixel[3] }, background), paper: background, inked };
}
