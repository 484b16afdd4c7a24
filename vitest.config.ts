import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**', 'test/slow/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
