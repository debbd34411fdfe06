// Jest runs in native ESM mode (see the "test" script): Storybook 10 and several UI
// packages ship ESM only. @swc/jest strips types; `npm run typecheck` checks them.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
      experimental: { keepImportAttributes: true },
    },
    module: { type: 'es6' },
  },
];

const base = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};

export default {
  // Two workers on the two-core machines (jest's default, cores − 1, runs everything in band);
  // integration files each start a real server, so the timeout leaves room for a loaded machine.
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/{engine,schemas,templates,server}/**/*.test.ts',
        '<rootDir>/tests/unit/**/*.test.ts',
      ],
    },
    {
      ...base,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/tests/ui/setup.ts'],
      testMatch: ['<rootDir>/{runtime,studio}/**/*.test.tsx', '<rootDir>/tests/ui/**/*.test.tsx'],
    },
    {
      // Real Chromium (Debian `chromium`) driven by playwright-core; not part of `npm test`.
      ...base,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
    },
  ],
};
