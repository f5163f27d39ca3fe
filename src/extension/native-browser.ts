import type { Browser } from 'webextension-polyfill'

/**
 * The extension pages' `browser`: what the browser itself provides, in place of webextension-polyfill
 * (scripts/vite-classic-scripts.ts points the pages' imports of the polyfill here). Both browsers' MV3
 * APIs return promises, and the pages use nothing else the polyfill adds; its value is in the worker,
 * whose runtime.onMessage listeners answer with a promise. In a page the polyfill cost a reopened
 * article several milliseconds before its first render: bundled as CommonJS, it is copied property by
 * property into a module namespace, which wakes every API Chrome binds lazily (windows, tabs, …).
 */
const native = (globalThis as { browser?: Browser }).browser ?? (globalThis as unknown as { chrome: Browser }).chrome

export default native
