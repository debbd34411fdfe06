// Builds the form benchmark page (tests/bench/forms.bench.ts): our FormRenderer and rjsf side by side.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: process.env.FORMS_BENCH_OUT ?? '/tmp/forms-bench-dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
  },
});
