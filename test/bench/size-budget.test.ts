/**
 * Size budgets of the built extension (issue 9): the detector content script runs on every listed news
 * page people visit all day, so it must stay tiny; the popup must open at once. Speed is benchmarked by
 * `npm run bench` (timings are too noisy to assert); sizes are exact, so they are asserted here.
 *
 * Reads dist/chrome and dist/firefox, so it needs `npm run build` first (CI builds before the unit tests);
 * without a build each case is skipped and its name says why.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectorFiles, gzipBytes, isBuilt, measureBundles, moduleClosure, pageScripts } from '../../scripts/bench/bundle-sizes.ts'

const KB = 1024
/** The detector content script, gzipped: it is loaded on every page of the listed news sites. */
const DETECTOR_BUDGET = 5 * KB
/** The popup's JavaScript, gzipped, fonts and the names model excluded (the model loads on demand). */
const POPUP_BUDGET = 150 * KB

function gzippedTotal(dir: string, files: string[]): number {
  return files.reduce((sum, file) => sum + gzipBytes(fs.readFileSync(path.join(dir, file))), 0)
}

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const dir = path.resolve('dist', target)
  const built = isBuilt(dir)
  const test = (name: string, fn: () => void) =>
    built ? it(name, fn) : it.skip(`${name} (skipped: dist/${target} is not built; run npm run build)`, fn)

  test('keeps the detector content script within 5 KB gzipped', () => {
    const files = detectorFiles(dir)
    expect(files.length).toBeGreaterThan(0)
    const size = gzippedTotal(dir, files)
    expect(size, `${files.join(', ')}: ${(size / KB).toFixed(2)} KB gzipped`).toBeLessThanOrEqual(DETECTOR_BUDGET)
  })

  test('keeps the detector self-contained (no imports, so nothing else loads with it)', () => {
    for (const file of detectorFiles(dir)) expect(moduleClosure(dir, [file])).toEqual([file])
  })

  test('keeps the popup JavaScript within 150 KB gzipped, fonts and names model excluded', () => {
    const files = pageScripts(dir, 'popup.html')
    expect(files.length).toBeGreaterThan(0)
    expect(files.some((f) => /names-model|\.woff2?$/u.test(f))).toBe(false)
    const size = gzippedTotal(dir, files)
    expect(size, `${files.length} files: ${(size / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(POPUP_BUDGET)
  })

  test('measures every part the bench reports', () => {
    const parts = measureBundles(dir)
    for (const name of ['detector content script', 'extractor (injected)', 'popup JS', 'background', 'fonts']) {
      const part = parts.find((p) => p.name === name)
      expect(part?.raw, name).toBeGreaterThan(0)
      expect(part!.gzip, name).toBeLessThanOrEqual(part!.raw + 64)
    }
  })
})
