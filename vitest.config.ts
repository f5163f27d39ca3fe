import { defineConfig } from 'vitest/config'
import preact from '@preact/preset-vite'

export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    // webextension-polyfill throws outside an extension; tests get the maintained fake instead.
    alias: { 'webextension-polyfill': new URL('./test/fake-polyfill.ts', import.meta.url).pathname },
  },
})
