// The one check of a path we are about to write: whatever the dialog (or the test shell) answered,
// main writes only a plain file in an existing folder.
import { stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, normalize } from 'node:path';
import { ApiFailure } from '../signinghub/api-failure.js';

const refuse = (why: string) => new ApiFailure({ kind: 'invalid_input', message: `Desk Signer cannot save there: ${why}` });

/** Resolves to the path when it is an absolute path to a file in an existing folder; throws a clear ApiFailure otherwise. */
export async function checkSavePath(path: string): Promise<string> {
  // eslint-disable-next-line no-control-regex
  if (!isAbsolute(path) || /[\u0000-\u001f]/.test(path)) throw refuse('the path is not a plain absolute path.');
  const clean = normalize(path);
  const name = basename(clean);
  if (name === '' || name === '.' || name === '..') throw refuse('the path names no file.');
  const folder = await stat(dirname(clean)).catch(() => null);
  if (!folder?.isDirectory()) throw refuse('the folder does not exist.');
  const existing = await stat(clean).catch(() => null);
  if (existing && !existing.isFile()) throw refuse('something other than a file already has that name.');
  return clean;
}
