import { describe, expect, it } from 'vitest'
import { noArticleKind } from '../../../src/engine/extract/no-article-kind.ts'

describe('noArticleKind', () => {
  it.each([
    ['search page', 'search'],
    ['home page', 'home'],
    ['listing page address', 'listing'],
    ['a listing of 17 teasers', 'listing'],
    ['a page about the site', 'about-site'],
    ["a Telegram channel's posts", 'channel'],
    ['an AMP web story', 'web-story'],
    ['a disambiguation page', 'disambiguation'],
    ['a question and its answers (QAPage declared)', 'questions'],
    ["a listing of an address's captures in a web archive", 'listing'],
    ['too little article text (120 characters)', 'too-short'],
    ['no article content found', 'too-short'],
    ['no article body (longest prose run 98 chars; 11 article cards)', 'no-prose'],
    ['extraction failed: boom', 'failed'],
    ['This is a browser page, not a web page', 'browser-page'],
  ])('reads "%s" as %s', (reason, kind) => {
    expect(noArticleKind(reason)).toBe(kind)
  })
})
