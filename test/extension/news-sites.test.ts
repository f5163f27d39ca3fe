import { describe, expect, it } from 'vitest'
import { NEWS_SITES, sitePatterns } from '../../src/extension/news-sites.ts'

describe('news sites', () => {
  it('lists at least 40 sites', () => {
    expect(new Set(NEWS_SITES).size).toBeGreaterThanOrEqual(40)
  })

  it.each([
    ['aljazeera.net', ['*://aljazeera.net/*', '*://*.aljazeera.net/*']],
    ['www.bbc.com/arabic', ['*://www.bbc.com/arabic*']],
    ['arabic.rt.com', ['*://arabic.rt.com/*', '*://*.arabic.rt.com/*']],
  ])('%s → %j', (site, patterns) => {
    expect(sitePatterns(site)).toEqual(patterns)
  })

  it('makes only valid match patterns', () => {
    for (const pattern of NEWS_SITES.flatMap(sitePatterns)) expect(pattern).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/[a-z0-9/]*\*$/u)
  })
})
