import { formatCount, formatMs } from './stats.ts'

/** What one bench run measured, for the speed targets of the issues (9, and 5's and 6's). NaN when not measured. */
export interface Measured {
  /** Median of total / Readability over the real pages (over the fixtures when ../shared is absent). */
  ratio: number
  /** The same over every page with an article, fixtures included. */
  ratioAll: number
  /** detectArticle in Node on linkedom, median over the real Arabic-script articles (fixtures without ../shared). */
  detectorMs: number
  /** The built content script in Chromium, run again on the page (warm) and on a fresh load (cold). */
  detectorChromiumMs: number
  detectorChromiumColdMs: number
  detectorKb: number
  popupKb: number
  coldMs: number
  cachedMs: number
  /** Not a target: an empty extension page's navigation start to DOMContentLoaded, the floor under cachedMs. */
  emptyPageMs: number
  /** The reader's names stage: the model, the article rules, the display forms and linking (issue 9). */
  namesTokensPerSecond: number
  /** The names model alone, the reader's (issue 5: "the model … tags ≥ 100,000 tokens per second"). */
  namesModelTokensPerSecond: number
  figuresMbPerSecond: number
}

export interface Target {
  label: string
  value: (m: Measured) => number
  /** 'max': the measure must not exceed the limit; 'min': it must reach it. */
  kind: 'max' | 'min'
  limit: number
  format: (value: number) => string
}

/** The "done when": speed targets are checked here and printed, sizes are also asserted in tests. */
export const TARGETS: readonly Target[] = [
  { label: 'median total / Readability ≤ 1.5 (R)', value: (m) => m.ratio, kind: 'max', limit: 1.5, format: (v) => `${v.toFixed(2)}×` },
  { label: '  the same over all articles, fixtures too', value: (m) => m.ratioAll, kind: 'max', limit: 1.5, format: (v) => `${v.toFixed(2)}×` },
  { label: 'detector ≤ 1 ms median (Node, real pages)', value: (m) => m.detectorMs, kind: 'max', limit: 1, format: (v) => `${formatMs(v)} ms` },
  { label: 'detector ≤ 1 ms median (Chromium, warm)', value: (m) => m.detectorChromiumMs, kind: 'max', limit: 1, format: (v) => `${formatMs(v)} ms` },
  { label: 'detector ≤ 1 ms median (Chromium, fresh load)', value: (m) => m.detectorChromiumColdMs, kind: 'max', limit: 1, format: (v) => `${formatMs(v)} ms` },
  { label: 'detector ≤ 5 KB gzipped', value: (m) => m.detectorKb, kind: 'max', limit: 5, format: (v) => `${v.toFixed(2)} KB` },
  { label: 'popup JS ≤ 150 KB gzipped', value: (m) => m.popupKb, kind: 'max', limit: 150, format: (v) => `${v.toFixed(1)} KB` },
  { label: 'cold reader ≤ 500 ms (Chromium)', value: (m) => m.coldMs, kind: 'max', limit: 500, format: (v) => `${formatMs(v)} ms` },
  { label: 'cached reader ≤ 100 ms (Chromium)', value: (m) => m.cachedMs, kind: 'max', limit: 100, format: (v) => `${formatMs(v)} ms` },
  { label: 'names stage ≥ 100,000 tokens/s (model, rules, linking)', value: (m) => m.namesTokensPerSecond, kind: 'min', limit: 100_000, format: (v) => `${formatCount(v)} tokens/s` },
  { label: 'names model alone ≥ 100,000 tokens/s (issue 5)', value: (m) => m.namesModelTokensPerSecond, kind: 'min', limit: 100_000, format: (v) => `${formatCount(v)} tokens/s` },
  { label: 'figures ≥ 1 MB/s', value: (m) => m.figuresMbPerSecond, kind: 'min', limit: 1, format: (v) => `${v.toFixed(2)} MB/s` },
]

export interface TargetVerdict {
  target: Target
  measured: string
  /** undefined when the measure was not taken (no browser, no build, no model). */
  met: boolean | undefined
}

export function checkTargets(measured: Measured): TargetVerdict[] {
  return TARGETS.map((target) => {
    const value = target.value(measured)
    if (!Number.isFinite(value)) return { target, measured: '–', met: undefined }
    return { target, measured: target.format(value), met: target.kind === 'max' ? value <= target.limit : value >= target.limit }
  })
}
