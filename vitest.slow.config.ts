import { defineConfig } from 'vitest/config';

// Load and crash loops: minutes, not seconds, so they stay out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/slow/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
