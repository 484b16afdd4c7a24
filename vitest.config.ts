import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**', 'test/slow/**'],
    setupFiles: ['test/fast-check.setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
