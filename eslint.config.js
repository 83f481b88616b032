// Lint: typescript-eslint's recommended rules, without type information (type-checking is `tsc --noEmit`'s job).
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'cdktf.out/', 'coverage/', 'modules/', 'examples/', 'bench/out/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: '@cdktf/provider-aws', message: 'Import provider classes by deep path, e.g. @cdktf/provider-aws/lib/iam-role.' }] }],
    },
  },
);
