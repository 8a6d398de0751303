// Vite builds the explorer into client/dist (served by the API at / in production) and, in
// development, serves it with hot reload while proxying the API to a server on :8080.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const api = process.env.SAMVERKAN_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    host: '127.0.0.1',
    // The client imports the domain schemas from server/domain so forms validate like the API.
    fs: { allow: [repoRoot] },
    proxy: { '/api': api, '/health': api, '/openapi.json': api },
  },
});
