import { defineConfig } from 'vite'

/** The `qari` CLI: the same engine, bundled for Node into dist/cli/qari.mjs. */
export default defineConfig({
  build: {
    ssr: 'src/cli/qari.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'qari.mjs', banner: '#!/usr/bin/env node' } },
  },
  // The CLI needs no extension assets (locales, icons, fonts).
  publicDir: false,
  ssr: { noExternal: true },
})
