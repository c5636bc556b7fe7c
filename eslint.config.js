// ESLint flat config. The import-boundary rule keeps the pure core (src/pipeline, src/graph)
// free of UI code and of browser or Node globals, so it runs unchanged in Node and the browser.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiModules = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'cytoscape',
  'cytoscape-*',
];
const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url'];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'tests/.artifacts', 'tests/.dev-articles'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'react-hooks/exhaustive-deps': 'error', 'react-hooks/rules-of-hooks': 'error' },
  },
  {
    files: ['src/pipeline/**/*.ts', 'src/graph/**/*.ts', 'src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...uiModules, ...nodeModules],
              message:
                'src/pipeline and src/graph are the pure core: no React, react-dom, zustand, Cytoscape, DOM or Node APIs (put adapters in src/app or src/cli).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'location',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({
          name,
          message: `src/pipeline and src/graph may not touch ${name} (pure core).`,
        })),
      ],
    },
  },
  // No circle in the core: pipeline and graph share only src/core (the contract types and the
  // Arabic text helpers), never each other; src/core imports neither.
  ...[
    [
      'src/pipeline/**/*.ts',
      ['**/graph/*', '**/graph/**'],
      'src/pipeline may not import src/graph',
    ],
    [
      'src/graph/**/*.ts',
      ['**/pipeline/*', '**/pipeline/**'],
      'src/graph may not import src/pipeline',
    ],
    [
      'src/core/**/*.ts',
      ['**/pipeline/*', '**/pipeline/**', '**/graph/*', '**/graph/**'],
      'src/core sits below pipeline and graph and imports neither',
    ],
  ].map(([files, group, why]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...uiModules, ...nodeModules], message: 'the pure core: no UI or Node APIs' },
            { group, message: `${why}: shared contract and text helpers live in src/core.` },
          ],
        },
      ],
    },
  })),
);
