import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Pages are written without Next's client runtime (lib/build/runtime-free.ts):
// nothing React renders is hydrated, so what would need it is refused here
// rather than found dead in a browser. Behaviour goes in client/.
const noClientRuntime = 'Pages are written without Next’s client runtime (lib/build/runtime-free.ts): write the behaviour in client/, on plain HTML.';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'dist/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'reports/**', 'public/**'] },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "ExpressionStatement[directive='use client']", message: noClientRuntime }],
      'no-restricted-imports': [
        'error',
        {
          paths: ['next/link', 'next/script', 'next/form', 'next/dynamic'].map((name) => ({ name, message: noClientRuntime })),
          patterns: [],
        },
      ],
    },
  },
];

export default config;
