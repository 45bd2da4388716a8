import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin, cspHeader } from './src/cli/vite-csp-plugin.ts';
import { libraryModulePlugin } from './src/cli/vite-library-plugin.ts';
import { leanPhaserPlugin } from './src/cli/vite-phaser-plugin.ts';
import { scenarioCheckPlugin } from './src/cli/vite-scenario-plugin.ts';

// `--mode lms` is the build packaged for learning management systems (npm run package): the same
// game without the service worker, which cannot be scoped inside an LMS's frame.
export default defineConfig(({ mode }) => ({
  base: './',
  // Our own images and sounds, served at the site root and copied into the build.
  publicDir: 'assets',
  resolve: {
    // zod without its `new Function` fast path, which the page's Content-Security-Policy refuses.
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/zod-jitless.ts', import.meta.url)) }],
  },
  plugins: [
    // First, so a changed file's library module is stale before the check reloads the page.
    libraryModulePlugin(),
    scenarioCheckPlugin(),
    leanPhaserPlugin(),
    // The strict Content-Security-Policy as a <meta> in the built index.html (build only: the dev
    // server's hot reload needs inline styles). docs/deployment.md has the header for servers.
    contentSecurityPolicyPlugin({ forLms: mode === 'lms' }),
    // Works offline after the first visit and can be installed. A new version waits until every
    // tab is closed ('prompt' without a prompt), so an update never interrupts a conversation.
    mode !== 'lms' &&
      VitePWA({
        registerType: 'prompt',
        injectRegister: 'script-defer',
        manifest: {
          name: 'Cooldown',
          short_name: 'Cooldown',
          description: 'Practise calming angry customers by phone, chat and at the counter.',
          theme_color: '#1f2a37',
          background_color: '#1f2a37',
          display: 'standalone',
          icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
        },
        workbox: { globPatterns: ['**/*.{js,css,html,svg,wav,woff2}'], maximumFileSizeToCacheInBytes: 4 * 1024 * 1024 },
      }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  server: { port: 5173 },
  // The preview sends the policy as a header too, as a deployment should (with frame-ancestors).
  preview: { port: 4173, headers: { 'Content-Security-Policy': cspHeader() } },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: [],
    testTimeout: 30_000,
  },
}));
