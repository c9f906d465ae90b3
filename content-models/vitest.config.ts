import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'content-models',
    include: ['test/**/*.test.ts'],
  },
});
