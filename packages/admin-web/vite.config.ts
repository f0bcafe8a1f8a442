import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API the dev server forwards to; the built app is served by the API itself. */
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';

const nodeModule = (path: string) => new RegExp(`[\\\\/]node_modules[\\\\/]${path}[\\\\/]`);

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // Bundle the shared vocabularies from source: its build is CommonJS, made for the API.
      '@caseload/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/graphql': apiUrl,
      '/healthz': apiUrl,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Pages are split by React.lazy. The large libraries get chunks of their own too, so a
        // release that changes only the app's code leaves them cached in the browser.
        codeSplitting: {
          groups: [
            { name: 'react', test: nodeModule('(react|react-dom|scheduler|react-router)') },
            {
              name: 'apollo',
              test: nodeModule('(@apollo/client|graphql|rxjs|@wry/[^/]+|optimism)'),
            },
            {
              name: 'mantine',
              test: nodeModule('(@mantine/core|@mantine/hooks|@floating-ui/[^/]+)'),
            },
          ],
        },
      },
    },
  },
});
