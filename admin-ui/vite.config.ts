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
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; a client-only bundle ignores that.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        // Libraries change less often than our screens: separate chunks stay cached across deployments.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            // recharts and its dependencies (d3, redux, immer, ...) serve the Operations page's SLO charts only: a chunk
            // of their own, loaded with that page instead of with every screen through `vendor`.
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|use-sync-external-store)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
