import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// Vite 8 transforms TSX with oxc, so no React plugin is needed for the build.
export default defineConfig({
  root,
  base: '/',
  // Country names (libs/countries) and delegates' needs (libs/needs) are data shared with the api: the only
  // libraries the web app may import.
  resolve: {
    alias: {
      '@app/countries': fileURLToPath(new URL('../../libs/countries/src/index.ts', import.meta.url)),
      '@app/needs': fileURLToPath(new URL('../../libs/needs/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsDir: 'assets',
    rolldownOptions: {
      // React Query marks its modules "use client"; that directive means nothing in a plain SPA bundle.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
  server: {
    // `npx vite apps/web` during development: everything that is not a module goes to the api on :3000.
    proxy: { '^/(?!src/|@|node_modules/).*': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
