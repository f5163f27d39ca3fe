/**
 * How the bench and the size budgets decide which files a page loads: scripts and module preloads of the
 * HTML, then static imports transitively; dynamic import() (the names model) and fonts stay out.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { detectorFiles, measureBundles, moduleClosure, pageScripts } from '../../scripts/bench/bundle-sizes.ts'
import { median } from '../../scripts/bench/stats.ts'

const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({ content_scripts: [{ js: ['src/content/detect.js'] }], background: { service_worker: 'sw.js' } }),
  'popup.html': '<script type="module" src="/assets/popup.js"></script><link rel="modulepreload" href="/assets/shared.js"><link rel="stylesheet" href="/assets/popup.css">',
  'assets/popup.js': 'import{a}from"./view.js";import"./side-effect.js";const m=()=>import("./names-model.js");',
  'assets/view.js': 'export*from"./shared.js";export const a=1;',
  'assets/shared.js': 'export const s=1;',
  'assets/side-effect.js': 'console.log(1)',
  'assets/names-model.js': 'export default {}',
  'assets/popup.css': 'body{}',
  'assets/font.woff2': 'x',
  'src/content/detect.js': '(function(){})()',
  'sw.js': 'import"./assets/worker.js";',
  'assets/worker.js': 'import"./names-model.js";',
  'extract-page.js': '(function(){})()',
}

let dir = ''
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qari-bundle-'))
  for (const [file, content] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('pageScripts', () => {
  it('follows scripts, preloads and static imports, and leaves dynamic imports out', () => {
    expect(pageScripts(dir, 'popup.html').sort()).toEqual(['assets/popup.js', 'assets/shared.js', 'assets/side-effect.js', 'assets/view.js'])
  })
})

describe('moduleClosure', () => {
  it('never counts the names model or fonts in a page closure', () => {
    expect(moduleClosure(dir, ['sw.js'])).toEqual(['sw.js', 'assets/worker.js'])
  })
})

describe('measureBundles', () => {
  it('counts the background with the model it imports statically', () => {
    const background = measureBundles(dir).find((p) => p.name === 'background')
    expect(background?.files).toEqual(['sw.js', 'assets/worker.js', 'assets/names-model.js'])
  })

  it('finds the detector from the manifest', () => {
    expect(detectorFiles(dir)).toEqual(['src/content/detect.js'])
  })
})

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[Number.NaN, 5], 5],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN()
  })
})
