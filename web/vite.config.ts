import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served by the Vigil server at `/`; in development Vite proxies the API to it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // `npm start` serves the API on 127.0.0.1:8080 (PORT and VIGIL_HOST change that).
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
