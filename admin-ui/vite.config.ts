import { defineConfig } from 'vite';

// Built to static files that the API process serves at `/`, so the UI and the API share one origin.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  // Vite's built-in Oxc transform handles JSX; no React plugin (and so no fast refresh) is needed for a static build.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
