import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering you can see in paths:
// - shared/ is the contract and the pure helpers both processes use: no Node, no Electron, only its
//   own files (and punycode.js);
// - the renderer reaches main only through window.signer: it imports shared/, never main/, Node or secrets;
// - only main/index.ts and main/preload.ts may import a real Electron;
// - product code (main/, shared/, scripts/) never imports the test tree. Scripts that need the
//   SigningHub sandbox start it as its own program (as `npm run sandbox` does), never import it.
const NODE_AND_SECRETS = ['electron', 'got', 'keytar', 'node:*', 'fs', 'path', 'child_process', 'os', 'crypto', 'http', 'https', 'net'];
const RENDERER_PATTERNS = [
  { group: NODE_AND_SECRETS, message: 'The renderer talks to main only through window.signer.' },
  { regex: '^(\\.\\./)+(main|scripts|test)(/|$)', message: 'Outside renderer/, the renderer may import only shared/.' },
];
const NO_TEST_TREE = { regex: '^(\\.\\./)+test(/|$)', message: 'Product code must not depend on the test tree.' };
const NO_RENDERER = { regex: '^(\\.\\./)+renderer(/|$)', message: 'Main talks to the renderer only through the contract in shared/.' };

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
    // TLS verification is never turned off, anywhere; test/unit/tls-verification.test.ts also greps every file.
    rules: {
      'no-restricted-syntax': [
        'error',
        ...["Property[key.name='rejectUnauthorized']", "Property[key.value='rejectUnauthorized']", "MemberExpression[property.name='rejectUnauthorized']"].map(
          (selector) => ({ selector, message: 'TLS verification stays on: trust a private CA with extraCaFile instead.' }),
        ),
        ...["Property[key.name='checkServerIdentity']", "Literal[value='NODE_TLS_REJECT_UNAUTHORIZED']", "Identifier[name='NODE_TLS_REJECT_UNAUTHORIZED']"].map(
          (selector) => ({ selector, message: 'TLS verification stays on: trust a private CA with extraCaFile instead.' }),
        ),
      ],
    },
  },
  {
    // Type-aware rules: a promise is awaited, returned or discarded on purpose with `void`.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['renderer/vite.config.ts'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
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
          patterns: RENDERER_PATTERNS,
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
          patterns: [NO_TEST_TREE, NO_RENDERER],
        },
      ],
    },
  },
  {
    files: ['main/index.ts', 'main/preload.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TEST_TREE, NO_RENDERER] }] },
  },
  {
    // Shared by main and the renderer: pure code that imports only its neighbours.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./[\\w-]+\\.js$|punycode/punycode\\.js$)',
              message: 'shared/ is pure: it imports only other files in shared/ (and punycode.js), never Node or Electron.',
            },
          ],
        },
      ],
    },
  },
  // The renderer's folders, lowest first: each may import only from the folders before it, so the
  // folder graph has no cycles. App.tsx and main.tsx, at the top, may import any of them.
  ...rendererLayers(['text', 'components', 'api', 'dialogs', 'codes', 'document', 'signing', 'list', 'kiosk', 'screens', 'handover']),
);

/** One block per renderer folder that forbids imports from the folders above it (and from the root's App and main). */
function rendererLayers(order) {
  return order.map((folder, index) => {
    const above = order.slice(index + 1);
    const upward = [{ regex: '^\\.\\./(App|main)(\\.tsx?)?$', message: 'Only the root imports App and main.' }];
    if (above.length > 0) {
      upward.push({
        regex: `^\\.\\./(${above.join('|')})(/|$)`,
        message: `renderer/src/${folder} sits below ${above.join(', ')}: it may not import from them.`,
      });
    }
    return {
      files: [`renderer/src/${folder}/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { patterns: [...RENDERER_PATTERNS, ...upward] }] },
    };
  });
}
