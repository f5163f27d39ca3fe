import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { cleanByline } from '../../../src/engine/extract/clean-byline.ts'
import { readCredit } from '../../../src/engine/extract/read-credit.ts'
import { findHiddenClasses } from '../../../src/engine/extract/find-hidden-classes.ts'
import { resolveImageSrc, toHttpUrl } from '../../../src/engine/extract/resolve-image-src.ts'
import { listingAddressReason } from '../../../src/engine/extract/listing-address.ts'

describe('cleanByline', () => {
  it.each([
    ['كتب: أحمد سمير', 'أحمد سمير'],
    ['بقلم د. منى خليل', 'د. منى خليل'],
    ['حوار: سامر يوسف', 'سامر يوسف'],
    ['كتب- أحمد عبدالمنعم:', 'أحمد عبدالمنعم'],
    ['الرباط: كريم الوزاني', 'كريم الوزاني'],
    ['دبي: سامح عبدالعزيز', 'سامح عبدالعزيز'],
    ['(أبوظبي - البيان)', '(أبوظبي - البيان)'],
    ['جدة - كووورة - بندر السبيعي', 'بندر السبيعي'],
    ['الرياض ـ سامي الغامدي', 'سامي الغامدي'],
    // The label after the place (Al-Ayyam's writer line, session 44).
    ['جنين - كتب خالد سليم:', 'خالد سليم'],
    // The labels of Uyghur ("our reporter"), Pashto ("writer") and Central Kurdish ("written by") bylines (session 38).
    ['مۇخبىرىمىز دىلنۇر قاسىم', 'دىلنۇر قاسىم'],
    ['لیکوال: حمیده ځدراڼ', 'حمیده ځدراڼ'],
    ['نووسینی: هێمن ئەحمەد', 'هێمن ئەحمەد'],
    ['هيئة التحرير', undefined],
    ['admin', undefined],
    ['', undefined],
  ])('%s → %s', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected)
  })
})

describe('readCredit', () => {
  it.each([
    ['فرانس24/ رويترز/ أ ف ب', 'فرانس24/ رويترز/ أ ف ب'],
    ['(وكالات)', '(وكالات)'],
    ['(رويترز - أ ف ب)', '(رويترز - أ ف ب)'],
    ['وقال المتحدث إن رويترز نقلت الخبر', undefined],
  ])('%s → %s', (line, expected) => {
    expect(readCredit(line)).toBe(expected)
  })
})

describe('findHiddenClasses', () => {
  it('finds classes hidden at the top level, not inside @media', () => {
    const css = '.a{display:none}.b{color:red}.vh{clip-path:inset(100%);width:1px}@media (max-width:600px){.m{display:none}}.c,.d{visibility:hidden}'
    expect([...findHiddenClasses([css])].sort()).toEqual(['a', 'c', 'd', 'vh'])
  })
})

describe('resolveImageSrc', () => {
  const img = (attrs: string) => parseHtml(`<html><body><img ${attrs}></body></html>`).querySelector('img')!
  it.each([
    ['src="data:image/gif;base64,R0l" data-src="/a.jpg"', 'https://site.example/a.jpg'],
    ['src="/spinner.gif" data-lazy-src="b.jpg"', 'https://site.example/news/b.jpg'],
    ['srcset="/s.jpg 400w, /l.jpg 1200w"', 'https://site.example/l.jpg'],
    ['src="javascript:alert(1)"', undefined],
    ['src="data:image/png;base64,iVBOR"', undefined],
  ])('%s → %s', (attrs, expected) => {
    expect(resolveImageSrc(img(attrs), 'https://site.example/news/story')).toBe(expected)
  })
  it('reads a placeholder’s picture from the <noscript> copy after it (Next.js’s next/image), parsed or as text', () => {
    const page = parseHtml('<html><body><span><img src="data:image/gif;base64,R0l"><noscript><img srcset="/_next/image?url=%2Fp.jpg&amp;w=640 640w, /_next/image?url=%2Fp.jpg&amp;w=1080 1080w"></noscript></span></body></html>')
    expect(resolveImageSrc(page.querySelector('img')!, 'https://site.example/news/story')).toBe('https://site.example/_next/image?url=%2Fp.jpg&w=1080')
    const live = page.querySelector('noscript')!
    live.textContent = '<img alt="" src="/_next/image?url=%2Fq.jpg&amp;w=750">'
    expect(resolveImageSrc(page.querySelector('img')!, 'https://site.example/news/story')).toBe('https://site.example/_next/image?url=%2Fq.jpg&w=750')
  })
  it('keeps only http(s)', () => {
    expect(toHttpUrl('ftp://x/y')).toBeUndefined()
    expect(toHttpUrl('//cdn.example/x.jpg', 'https://a.example/')).toBe('https://cdn.example/x.jpg')
    expect(toHttpUrl(`https://a.example/${'x'.repeat(5000)}.jpg`)).toBeUndefined()
  })
})

describe('listingAddressReason', () => {
  it.each([
    ['https://news.example/', 'home page'],
    ['https://news.example/ar/', 'home page'],
    ['https://news.example/search?q=غزة', 'search page'],
    ['https://news.example/?s=غزة', 'search page'],
    ['https://news.example/tag/economy/', 'listing page address'],
    ['https://news.example/category/world/page/2/', 'listing page address'],
    ['https://news.example/2023/10/27/kremlin-hamas/', undefined],
    ['https://news.example/news/newdetails/3126898/1/title', undefined],
    // Drupal without clean addresses: the path is in q (Mauritania's Al-Akhbar); a real search still is one.
    ['https://news.example/?q=node/51234', undefined],
    ['https://news.example/?q=taxonomy/term/12', undefined],
    ['https://news.example/?q=node/51234&s=غزة', 'search page'],
    // Pages about the site (Al-Taghyeer's "من نحن": prose in the article layout, og:type article).
    ['https://news.example/ar/%d9%85%d9%86-%d9%86%d8%ad%d9%86/', 'a page about the site'],
    ['https://news.example/about-us/', 'a page about the site'],
    ['https://news.example/2024/05/privacy-rules-tightened/', undefined],
  ])('%s → %s', (url, expected) => {
    expect(listingAddressReason(url)).toBe(expected)
  })
})
