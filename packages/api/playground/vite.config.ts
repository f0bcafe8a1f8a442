import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** GraphiQL bundled for offline use; the API serves dist/playground under /playground (src/http/playground.ts). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/playground/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/playground', import.meta.url)),
    emptyOutDir: true,
    // monaco-editor is a single ~2.8 MB chunk that GraphiQL loads lazily after the first render.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // "use client" / "use no memo" in GraphiQL's React dependencies mean nothing in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
