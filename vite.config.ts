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
      rolldownOptions: {
        // Extension pages the manifest does not name (popup and options come from the manifest). Their
        // scripts are classic ones built by classicScripts: crxjs copies the pages.
        input: { reader: 'reader.html', history: 'history.html' },
      },
    },
  }
})
