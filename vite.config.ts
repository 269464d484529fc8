import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // Only VITE_-prefixed variables reach the bundle, and no secret ever has that prefix.
  envPrefix: 'VITE_',
  build: { outDir: 'dist', sourcemap: false },
});
