import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
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

/** Reads the built UI file a URL names; refuses anything outside the UI folder. */
export async function loadUiAsset(rootDir: string, requestUrl: string): Promise<UiAsset> {
  const root = resolve(rootDir);
  const pathname = decodeURIComponent(new URL(requestUrl).pathname);
  const file = resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  const headers = { ...UI_RESPONSE_HEADERS };
  if (file !== root && !file.startsWith(root + sep)) return { status: 403, body: Buffer.from('Forbidden'), headers };
  try {
    const body = await readFile(file);
    return { status: 200, body, headers: { ...headers, 'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream' } };
  } catch {
    return { status: 404, body: Buffer.from('Not found'), headers };
  }
}
