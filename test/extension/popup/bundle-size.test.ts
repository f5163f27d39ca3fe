/**
 * The popup's JavaScript budget: ≤ 150 KB gzipped, fonts and the names model excluded (issue 7). Reads
 * the built extension, so it runs only after `npm run build` (skipped when dist/ is absent).
 */
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const BUDGET = 150 * 1024

/** Every JS file the popup loads: its entry scripts and, transitively, their static imports. */
function popupScripts(dir: string): string[] {
  const html = fs.readFileSync(path.join(dir, 'popup.html'), 'utf8')
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/gu)].map((m) => m[1]!)
  const seen = new Set<string>()
  while (queue.length) {
    const file = path.normalize(queue.pop()!)
    if (seen.has(file)) continue
    seen.add(file)
    const code = fs.readFileSync(path.join(dir, file), 'utf8')
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/gu)) {
      queue.push(path.join(path.dirname(file), m[1]!).replace(/^\//u, ''))
    }
  }
  return [...seen]
}

describe.each(['chrome', 'firefox'])('the %s popup', (target) => {
  const dir = path.resolve('dist', target)
  it.skipIf(!fs.existsSync(path.join(dir, 'popup.html')))('stays within 150 KB of gzipped JavaScript', () => {
    const files = popupScripts(dir)
    expect(files.length).toBeGreaterThan(0)
    const total = files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(dir, f))).length, 0)
    console.log(`${target} popup JS: ${files.length} files, ${(total / 1024).toFixed(1)} KB gzipped`)
    expect(total).toBeLessThanOrEqual(BUDGET)
  })
})
