import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = process.env.STOREFRONT_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Maven packages this directory into the frontend jar under static/.
    outDir: 'target/dist',
    emptyOutDir: true,
    // The bundle budget (scripts/bundle-budget.mjs) reads what each page loads from it.
    manifest: true,
    // GraphiQL's editor (Monaco) is megabytes, for integrators only; the shop's own pages are
    // held to the bundle budget (scripts/bundle-budget.mjs) instead of this warning.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      onwarn(warning, warn) {
        // graphiql's modules open with the React Compiler's "use no memo", meaningless once bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      // Two pages: the shop, and GraphiQL for integrators (served at /graphiql by the backend).
      input: {
        shop: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)),
      },
    },
  },
  worker: {
    // Monaco's workers (GraphiQL's editors) import each other: ES modules, not one IIFE.
    format: 'es',
  },
  server: {
    proxy: {
      '/graphql': backend,
      '/images': backend,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // A route test that fills a whole form (checkout's address) takes 3–4 s on an idle 2-core
    // machine; 5 s, the default, and then 15 s failed it when other builds loaded the machine
    // (load average ~20: three checkout tests passed 15 s). A limit for a hung test, not a budget.
    testTimeout: 60_000,
  },
});
