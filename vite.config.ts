import { defineConfig } from 'vite'
import preact from '@preact/preset-vite'
import { crx } from '@crxjs/vite-plugin'
import { makeManifest, type Target } from './src/manifest.ts'
import { classicScripts } from './scripts/vite-classic-scripts.ts'

/** `vite build --mode chrome|firefox`: one source, two extensions in dist/<target>. */
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome'
  return {
    plugins: [
      preact(),
      crx({
        manifest: makeManifest(target),
        browser: target,
        // One self-contained IIFE: no loader, no dynamic import, no web_accessible_resources.
        contentScripts: { standaloneFiles: ['src/extension/content/detect-page.ts'] },
      }),
      classicScripts(`dist/${target}`),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Chromium and Firefox support modulepreload: no polyfill chunk to fetch.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // Extension pages the manifest does not name (popup and options come from the manifest).
        input: { reader: 'reader.html', history: 'history.html' },
        // Few, larger chunks: Chromium serves an extension page's files one after another, and with
        // a chunk per shared module (eight for the popup) the fetching took longer than the page's
        // own work on a reopened article. The worker's code stays out of the UI chunk.
        output: {
          codeSplitting: {
            groups: [
              { name: 'shared', test: /node_modules[\\/](webextension-polyfill|valibot)|src[\\/]extension[\\/](messaging|messages)\.ts|src[\\/]extension[\\/]settings[\\/]/u, priority: 3 },
              { name: 'ui', test: /node_modules[\\/]preact|src[\\/]extension[\\/](reader|popup|history|options)[\\/](?!main\.tsx)/u, priority: 2 },
            ],
          },
        },
      },
    },
  }
})
