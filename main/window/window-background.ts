// The window's background before the page paints: the app's page colour for the OS theme, so opening shows no white flash.

/** The page background (--bg in renderer/src/styles/base.css) for a light or dark OS theme. */
export function windowBackground(darkTheme: boolean): string {
  return darkTheme ? '#0f141a' : '#f4f6f9';
}
