// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import boundaries from the architecture: shared/ is pure; renderer/ and electron/ never import each other. */
const sharedForbidden = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure: no React.' },
    { group: ['dexie', 'dexie-*'], message: 'shared/ is pure: no Dexie.' },
    { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
    { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util'], message: 'shared/ is pure: no Node APIs.' },
    { group: ['**/renderer/**', '@renderer/*', '@renderer'], message: 'shared/ must not import renderer/.' },
    { group: ['**/electron/**'], message: 'shared/ must not import electron/.' },
    { group: ['d3', 'd3-*', 'zustand', 'exceljs', 'pptxgenjs'], message: 'shared/ is pure domain code.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', sharedForbidden] },
    languageOptions: {
      globals: {},
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error',
        { name: 'window', message: 'shared/ is pure: no DOM.' },
        { name: 'document', message: 'shared/ is pure: no DOM.' },
        { name: 'localStorage', message: 'shared/ is pure: no DOM.' },
        { name: 'indexedDB', message: 'shared/ is pure: no DOM.' },
        { name: 'process', message: 'shared/ is pure: no Node.' },
        { name: 'Buffer', message: 'shared/ is pure: no Node.' },
        { name: 'require', message: 'shared/ is pure: no Node.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'shared/ is pure: pass "today" in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'shared/ is pure: pass "today" in.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'shared/ is pure: pass randomness in.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'renderer/ reaches the desktop only through the preload API.' },
          { group: ['**/electron/**'], message: 'renderer/ must not import electron/.' },
          { group: ['node:*'], message: 'renderer/ runs in a sandboxed page: no Node APIs.' },
        ],
      }],
    },
  },
  {
    // Only the data layer may touch Dexie.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'renderer/ reaches the desktop only through the preload API.' },
          { group: ['**/electron/**'], message: 'renderer/ must not import electron/.' },
          { group: ['node:*'], message: 'renderer/ runs in a sandboxed page: no Node APIs.' },
          { group: ['dexie'], message: 'Only renderer/db (repositories) touches Dexie.' },
        ],
      }],
    },
  },
  {
    // The one classic script of the page (index.html runs it before the app's module): the browser's globals only.
    files: ['renderer/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly' } },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/renderer/**', '@renderer/*', '@renderer'], message: 'electron/ must not import renderer/.' },
        ],
      }],
    },
  },
);
