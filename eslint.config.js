import tseslint from 'typescript-eslint';

const browserApis = {
  paths: [
    { name: 'wxt/browser', message: 'Components and pure utils make no browser calls: take data in props.' },
    { name: '@/utils/messaging', message: 'Components make no browser calls: take data and callbacks in props.' },
  ],
  patterns: [{ group: ['wxt/utils/storage', '#imports'], message: 'No browser APIs here.' }],
};

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'docs/**', 'tmp/**', '.stryker-tmp/**', 'reports/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The context boundary (cf. darkreader): views and the algorithms never touch browser.*.
    files: ['components/**', 'utils/extract/**', 'utils/key-facts/**', 'utils/related-links/**', 'utils/sanitize.ts'],
    rules: { 'no-restricted-imports': ['error', browserApis] },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
