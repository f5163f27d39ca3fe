import { build, type Plugin } from 'vite'
import preact from '@preact/preset-vite'
import { fileURLToPath } from 'node:url'

/**
 * Classic scripts, each built apart as one IIFE into the extension's dist folder once the extension
 * itself is written (crxjs builds the worker and the detector):
 * - extract-page.js, injected with scripting.executeScript({files}), which takes a classic script;
 * - early-peek.js, loaded async in the <head> of the reader pages so that its look-up of the cached
 *   analysis runs while the page's own script is still being fetched;
 * - one script and one style sheet per extension page (popup.js + popup.css, …), loaded with `defer`.
 *   An extension page pays a round trip through the browser process for every file, one after another
 *   for module imports: the popup as ES modules (an entry, a runtime and two shared chunks) reached
 *   DOMContentLoaded about 20 ms later than as one classic script (bench, headless Chromium).
 */
const SCRIPTS = [
  { entry: 'src/extension/content/extract-page.ts', name: 'qariExtractPage', file: 'extract-page.js' },
  { entry: 'src/extension/reader/early-peek.ts', name: 'qariEarlyPeek', file: 'early-peek.js' },
]

/** The extension pages: `<page>.html` loads `/<page>.js` and `/<page>.css`, built from `entry`. */
export const PAGES = [
  { page: 'popup', entry: 'src/extension/popup/main.tsx' },
  { page: 'reader', entry: 'src/extension/reader/main.tsx' },
  { page: 'history', entry: 'src/extension/history/main.tsx' },
  { page: 'options', entry: 'src/extension/options/main.tsx' },
] as const

/** The pages' stand-in for webextension-polyfill (why: src/extension/native-browser.ts). */
const NATIVE_BROWSER = fileURLToPath(new URL('../src/extension/native-browser.ts', import.meta.url))

export function classicScripts(outDir: string): Plugin {
  return {
    name: 'qari-classic-scripts',
    apply: 'build',
    async closeBundle() {
      // Each build stands alone (no vite.config.ts, no public/) and adds to the extension's folder.
      const alone = { configFile: false, logLevel: 'warn', publicDir: false } as const
      const into = { outDir, emptyOutDir: false, target: 'es2022' }
      for (const script of SCRIPTS) {
        await build({
          ...alone,
          resolve: { alias: { 'webextension-polyfill': NATIVE_BROWSER } },
          build: {
            ...into,
            lib: { entry: script.entry, formats: ['iife'], name: script.name, fileName: () => script.file },
          },
        })
      }
      for (const { page, entry } of PAGES) {
        await build({
          ...alone,
          plugins: [preact()],
          resolve: { alias: { 'webextension-polyfill': NATIVE_BROWSER } },
          build: {
            ...into,
            // Not lib mode: it would inline the fonts into the style sheet. The fonts are files, fetched
            // only when text in them is laid out (font-display: swap).
            cssCodeSplit: false,
            modulePreload: false,
            rolldownOptions: {
              input: entry,
              output: {
                format: 'iife',
                entryFileNames: `${page}.js`,
                assetFileNames: (asset) => (asset.names.some((n) => n.endsWith('.css')) ? `${page}.css` : 'assets/[name]-[hash][extname]'),
              },
            },
          },
        })
      }
    },
  }
}
