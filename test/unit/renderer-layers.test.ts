// The renderer's folders stay in one order: lint refuses an upward import, the real import graph has no cycle,
// and no source file grows past 300 lines.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'renderer', 'src');

/** Every file under a folder, as absolute paths. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The folder of renderer/src a file sits in; '' for the root (App.tsx, main.tsx). */
function folderOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? (parts[0] ?? '') : '';
}

/** Folder-to-folder import edges of the real sources (relative imports that stay inside renderer/src). */
function folderEdges(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of filesUnder(SRC).filter((path) => /\.tsx?$/.test(path))) {
    const from = folderOf(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), match[1] ?? '');
      if (!target.startsWith(SRC + sep)) continue;
      const to = folderOf(target);
      if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** A cycle in the graph as a list of folders, or null when there is none. */
function findCycle(edges: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle !== null) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle !== null) return cycle;
  }
  return null;
}

/** The messages lint gives a one-line file placed at `path` inside renderer/src. */
async function lintImport(path: string, line: string): Promise<string[]> {
  // The probe file does not exist, so no TypeScript project holds it: lint it without the type-aware rules.
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  });
  const [result] = await eslint.lintText(`${line}\n`, { filePath: join(SRC, path) });
  const fatal = (result?.messages ?? []).filter((message) => message.fatal);
  if (fatal.length > 0) throw new Error(`lint could not read the probe: ${fatal[0]?.message}`);
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('renderer folder order', () => {
  it('lint refuses an import from a folder above (the cycles dialogs → signing and document → screens)', async () => {
    expect(await lintImport('dialogs/probe.tsx', "import { SignDialog } from '../signing/SignDialog';")).toEqual([
      expect.stringContaining('renderer/src/dialogs sits below'),
    ]);
    expect(await lintImport('document/probe.ts', "import { PackageWorkspace } from '../screens/PackageWorkspace';")).toHaveLength(1);
    expect(await lintImport('api/probe.ts', "import { usePackageList } from '../list/use-package-list';")).toHaveLength(1);
    expect(await lintImport('text/probe.ts', "import { App } from '../App';")).toHaveLength(1);
  });

  it('the kiosk screens sit between the list and the screens, and the hand-over app on top', async () => {
    expect(await lintImport('kiosk/probe.tsx', "import { SignedInShell } from '../screens/SignedInShell';")).toHaveLength(1);
    expect(await lintImport('kiosk/probe.tsx', "import { HandOverApp } from '../handover/HandOverApp';")).toHaveLength(1);
    expect(await lintImport('signing/probe.tsx', "import { useKiosk } from '../kiosk/kiosk-context';")).toHaveLength(1);
    expect(await lintImport('screens/probe.tsx', "import { HandOverApp } from '../handover/HandOverApp';")).toHaveLength(1);
    expect(await lintImport('screens/probe.tsx', "import { useKiosk } from '../kiosk/kiosk-context';")).toEqual([]);
    expect(await lintImport('handover/probe.tsx', "import { IdleWarning } from '../kiosk/IdleWarning';")).toEqual([]);
    expect(await lintImport('handover/probe.tsx', "import { SignatureCapture } from '../signing/SignatureCapture';")).toEqual([]);
  });

  it('lint lets a folder import the folders below it', async () => {
    expect(await lintImport('signing/probe.tsx', "import { Modal } from '../dialogs/Modal';")).toEqual([]);
    expect(await lintImport('screens/probe.tsx', "import { SignDialog } from '../signing/SignDialog';")).toEqual([]);
  });

  it('the folder import graph of the sources has no cycle', () => {
    const edges = folderEdges();
    expect(edges.size).toBeGreaterThan(5);
    expect(findCycle(edges)).toBeNull();
  });

  it('the cycle check finds a cycle when there is one', () => {
    const edges = new Map([
      ['document', new Set(['signing', 'api'])],
      ['signing', new Set(['document'])],
    ]);
    expect(findCycle(edges)).toEqual(['document', 'signing', 'document']);
  });

  it('no source file in renderer/src is over 300 lines', () => {
    const long = filesUnder(SRC)
      .map((path) => ({ path: relative(SRC, path), lines: readFileSync(path, 'utf8').split('\n').length - 1 }))
      .filter((file) => file.lines > 300);
    expect(long).toEqual([]);
  });
});
