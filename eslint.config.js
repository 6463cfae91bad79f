import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering you can see in paths: the renderer never reaches Node, the network or secrets, and
// only main/index.ts and main/preload.ts may import Electron.
const NODE_AND_SECRETS = ['electron', 'got', 'keytar', 'node:*', 'fs', 'path', 'child_process', 'os', 'crypto', 'http', 'https', 'net'];

export default tseslint.config(
  { ignores: ['app/dist/**', 'node_modules/**', 'app/node_modules/**', 'dist/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_AND_SECRETS, message: 'The renderer talks to main only through window.signer.' },
            { regex: '^(\\.\\./)+main/(?!ipc/contract(\\.js)?$|ipc/shared/)', message: 'The renderer may import only main/ipc/contract and main/ipc/shared.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', allowTypeImports: true, message: 'Only main/index.ts and main/preload.ts may need a real Electron.' }],
        },
      ],
    },
  },
  {
    // Shared with the renderer: pure code that imports only its neighbours.
    files: ['main/ipc/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./[\\w-]+\\.js$|punycode/punycode\\.js$)', message: 'main/ipc/shared is pure: it imports only other files in main/ipc/shared (and punycode.js).' }] }],
    },
  },
);
