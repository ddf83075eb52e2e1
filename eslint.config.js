// Lint for the server, the tests and the web app. The import rules keep the rooms of ARCHITECTURE.md:
// a library is reached only through its index (`@app/<name>`), nothing imports an app, and the api never
// reaches into the worker app (the single-process start composes both through @app/runtime).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const deepLibraryImport = {
  group: ['@app/*/*', '**/libs/*/src/**'],
  message: 'Import a library only through its entry point: @app/<name>.',
};
const appImport = { group: ['**/apps/*/src/**', '**/worker/src/**', '**/api/src/**'], message: 'Libraries and apps never import another app.' };
// Libraries say no with their own error and a stable code (libs/errors); only the api knows HTTP statuses.
const httpExceptions = {
  name: '@nestjs/common',
  importNames: [
    'HttpException',
    'HttpStatus',
    'BadRequestException',
    'UnauthorizedException',
    'ForbiddenException',
    'NotFoundException',
    'MethodNotAllowedException',
    'NotAcceptableException',
    'RequestTimeoutException',
    'ConflictException',
    'GoneException',
    'PreconditionFailedException',
    'PayloadTooLargeException',
    'UnsupportedMediaTypeException',
    'UnprocessableEntityException',
    'InternalServerErrorException',
    'NotImplementedException',
    'ServiceUnavailableException',
  ],
  message: 'Libraries throw their own DomainError with a code (libs/errors); apps/api/src/http/error-codes.ts maps codes to HTTP statuses.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'test/artifacts/**', 'apps/web/src/api/schema.d.ts', '**/*.js', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Tests and a few adapters deal in untyped JSON on purpose; the type checker still runs strict.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-imports': ['error', { patterns: [deepLibraryImport] }],
      // Control characters in our patterns are deliberate: they are what names and file names must not hold.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['libs/**/*.ts', 'apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepLibraryImport, appImport] }] },
  },
  {
    files: ['libs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepLibraryImport, appImport], paths: [httpExceptions] }] },
  },
  {
    // A library's entry point names what it offers; `export *` would hand out its internals again.
    files: ['libs/*/src/index.ts'],
    ignores: ['libs/testing/src/index.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'Name the exports of a library entry point.' }] },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        // Except @app/countries and @app/needs: plain data (UN country names, delegates' needs, how the desk folds
        // a name) shared with the api, no server code.
        {
          patterns: [
            {
              group: ['@app/*', '!@app/countries', '!@app/needs', '**/libs/**', '**/api/src/**', '**/worker/src/**'],
              message: 'The web app uses the HTTP API only.',
            },
          ],
        },
      ],
    },
  },
);
