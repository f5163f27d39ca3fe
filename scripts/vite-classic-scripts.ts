import { build, type Plugin } from 'vite'

/**
 * Classic scripts, each built apart as one IIFE into the extension's dist folder once the extension
 * itself is written (crxjs builds its entries as ES modules):
 * - extract-page.js, injected with scripting.executeScript({files}), which takes a classic script;
 * - early-peek.js, loaded in the <head> of the reader pages so that it runs while their modules are
 *   still loading (a module script would wait for them).
 */
const SCRIPTS = [
  { entry: 'src/extension/content/extract-page.ts', name: 'qariExtractPage', file: 'extract-page.js' },
  { entry: 'src/extension/reader/early-peek.ts', name: 'qariEarlyPeek', file: 'early-peek.js' },
]

export function classicScripts(outDir: string): Plugin {
  return {
    name: 'qari-classic-scripts',
    apply: 'build',
    async closeBundle() {
      for (const script of SCRIPTS) {
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir,
            emptyOutDir: false,
            target: 'es2022',
            lib: { entry: script.entry, formats: ['iife'], name: script.name, fileName: () => script.file },
          },
        })
      }
    },
  }
}
