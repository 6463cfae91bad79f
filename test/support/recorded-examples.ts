// Reads the recorded SigningHub examples in test/fixtures/signinghub/ (the folder's README describes them).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One recorded example. */
export interface Example {
  source: string;
  method: string;
  path: string;
  status: number;
  body: unknown;
  requestBody?: unknown;
  allowedKeys?: string[];
}

const FOLDER = fileURLToPath(new URL('../fixtures/signinghub/', import.meta.url));

/** The example files' names, sorted. */
export const exampleFiles = (): string[] =>
  readdirSync(FOLDER)
    .filter((name) => name.endsWith('.json'))
    .sort();

/** One example, by file name. */
export const readExample = (file: string): Example => JSON.parse(readFileSync(`${FOLDER}${file}`, 'utf8')) as Example;
