// ESLint: TypeScript + React hooks, and the one-way import direction of DESIGN.md
// (pages → features → components → services → domain), with no import cycles.
const { mainPackageModules, relative } = require('./scripts/main-package-imports.cjs')

const layer = (name) => `./src/${name}`
/** Code in src/ reaches other folders through @/, so a file reads the same wherever it moves. */
const THROUGH_ALIAS = { group: ['../*'], message: 'import through @/ (for example @/domain/notice), not ../' }

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'import', 'react', 'react-hooks'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:react/recommended',
    'plugin:react/jsx-runtime',
    'plugin:react-hooks/recommended',
    'plugin:import/typescript',
    'prettier',
  ],
  settings: {
    react: { version: '18.3' },
    'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
  },
  env: { es2022: true, node: true, browser: true },
  globals: { defineAppConfig: 'readonly', definePageConfig: 'readonly', API_BASE: 'readonly' },
  rules: {
    'react/prop-types': 'off',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    'import/no-cycle': ['error', { ignoreExternal: true }],
    'import/no-self-import': 'error',
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          {
            target: layer('domain'),
            from: ['./src/services', './src/components', './src/features', './src/pages', './src/app', './src/content'],
            message: 'domain is pure: it imports only libraries.',
          },
          {
            target: layer('services'),
            from: ['./src/components', './src/features', './src/pages', './src/app'],
            message: 'services may import only domain (and content JSON).',
          },
          {
            target: layer('components'),
            from: ['./src/features', './src/pages', './src/app', './src/content'],
            message: 'components may import services and domain, never features or pages.',
          },
          {
            target: layer('features'),
            from: ['./src/pages', './src/content'],
            message: 'features may not import pages or read content JSON (use services).',
          },
          { target: layer('pages'), from: ['./src/content'], message: 'pages read content through services.' },
          {
            target: './mock',
            from: ['./src/services', './src/components', './src/features', './src/pages'],
            message: 'the dev API shares only domain code with the app.',
          },
          {
            target: './server',
            from: ['./src/services', './src/components', './src/features', './src/pages', './src/app', './mock'],
            message: 'the server shares only domain code with the app, and never loads the dev-only mock/.',
          },
        ],
      },
    ],
  },
  overrides: [
    // Before the domain override, which repeats THROUGH_ALIAS beside its own patterns (a later override replaces it).
    { files: ['src/**'], rules: { 'no-restricted-imports': ['error', { patterns: [THROUGH_ALIAS] }] } },
    {
      files: ['src/domain/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              THROUGH_ALIAS,
              {
                group: ['@tarojs/*', 'react', 'react-dom', '@nutui/*', '*.json'],
                message: 'domain is pure TypeScript: no Taro, React or JSON.',
              },
            ],
          },
        ],
      },
    },
    {
      files: ['src/**'],
      excludedFiles: ['src/services/**'],
      rules: {
        'no-restricted-syntax': [
          'error',
          {
            selector:
              "MemberExpression[object.name='Taro'][property.name=/^(request|uploadFile|(get|set|remove|clear)Storage(Sync)?)$/]",
            message: 'Only src/services calls Taro.request or storage.',
          },
        ],
      },
    },
    { files: ['*.js', '*.cjs'], rules: { '@typescript-eslint/no-var-requires': 'off' } },
    ...noZodInMainPackage(),
  ],
}

/**
 * The weapp main package (src/app.ts, src/pages/** and what they import by value) has no room for zod (~60 KB): every
 * module it loads may import zod's types only, and a value import fails naming the chain that brings the module into
 * the main package. Subpackages (src/packages/**) load zod freely. See scripts/main-package-imports.cjs.
 */
function noZodInMainPackage() {
  const { chains } = mainPackageModules()
  return [...chains].map(([file, chain]) => ({
    files: [relative(file)],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message:
                `zod must stay out of the weapp main package, and this module is in it: ${chain.map(relative).join(' → ')}. ` +
                'Give the main package a zod-free module (as src/domain/notice/feed.ts is), or import types only.',
            },
          ],
        },
      ],
    },
  }))
}
