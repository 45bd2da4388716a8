import { defineConfig } from 'vitest/config';
import { scenarioCheckPlugin } from './src/cli/vite-scenario-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [scenarioCheckPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: [],
    testTimeout: 30_000,
  },
});
