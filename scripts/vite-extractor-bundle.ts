import { build, type Plugin } from 'vite'

/**
 * The extractor is injected with scripting.executeScript({files}), which takes a classic script: crxjs
 * builds entries as ES modules, so this plugin builds it apart, as one IIFE, into the same dist folder
 * once the extension itself is written.
 */
export function extractorBundle(outDir: string): Plugin {
  return {
    name: 'qari-extractor-bundle',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          lib: { entry: 'src/extension/content/extract-page.ts', formats: ['iife'], name: 'qariExtractPage', fileName: () => 'extract-page.js' },
        },
      })
    },
  }
}
