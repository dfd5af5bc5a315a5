import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'dist/**', 'src/store/migrations/**', '.vigil/**', 'bench/out/**', '.tmp/**', 'test-results/**', '*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', TextEncoder: 'readonly',
        TextDecoder: 'readonly', AbortController: 'readonly', fetch: 'readonly', structuredClone: 'readonly',
        performance: 'readonly', queueMicrotask: 'readonly', setImmediate: 'readonly', AbortSignal: 'readonly',
        document: 'readonly', window: 'readonly', navigator: 'readonly', localStorage: 'readonly', FormData: 'readonly',
        Response: 'readonly', Request: 'readonly', Headers: 'readonly', Blob: 'readonly', File: 'readonly',
        HTMLElement: 'readonly', HTMLInputElement: 'readonly', Event: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']", message: 'Never process.exit(); set process.exitCode and let the process end.' }],
    },
  },
  {
    // The pure layers: no I/O, no process environment.
    files: ['src/core/**/*.ts', 'src/detection/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'dns', 'child_process', 'pg', '@electric-sql/*', 'drizzle-orm*', 'pg-boss', 'fastify*', '@fastify/*', 'undici', 'sharp', 'tesseract.js'], message: 'core and detection are pure: no I/O imports.' },
      ] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'Only src/config.ts reads the environment.' }, { name: 'fetch', message: 'No I/O in the pure layers.' }],
    },
  },
);
