import { readFile, realpath } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_ORIGIN } from '../ipc/trusted-sender.js';
import { UI_RESPONSE_HEADERS } from './content-security-policy.js';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** A UI file ready to send: body, status and headers (CSP included). */
export interface UiAsset {
  status: number;
  body: Buffer;
  headers: Record<string, string>;
}

const refusal = (status: number, text: string): UiAsset => ({ status, body: Buffer.from(text), headers: { ...UI_RESPONSE_HEADERS } });

/** True when `path` is `folder` or lies inside it. */
const isWithin = (folder: string, path: string): boolean => path === folder || path.startsWith(folder + sep);

/**
 * Reads the built UI file a URL names. Only `origin` is served (app:// with its one host, unless the
 * caller names another), and nothing outside the UI folder, whether reached by `..` or by a symlink.
 */
export async function loadUiAsset(rootDir: string, requestUrl: string, origin: string = APP_ORIGIN): Promise<UiAsset> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refusal(400, 'Bad request');
  }
  // `origin` is "null" for a custom scheme, so the scheme and host are compared as written.
  if (`${url.protocol}//${url.host}` !== origin) return refusal(403, 'Forbidden');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return refusal(400, 'Bad request');
  }
  const root = resolve(rootDir);
  const file = resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  if (!isWithin(root, file)) return refusal(403, 'Forbidden');
  try {
    const real = await realpath(file);
    // The folder itself may sit under a linked path; what counts is where the file really is.
    if (!isWithin(await realpath(root), real)) return refusal(403, 'Forbidden');
    const body = await readFile(real);
    return { status: 200, body, headers: { ...UI_RESPONSE_HEADERS, 'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream' } };
  } catch {
    return refusal(404, 'Not found');
  }
}
