import { defineConfig } from 'vitest/config';

// Unit and integration suites; e2e runs under Playwright (playwright.config.ts).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
