/**
 * Pages of batch ai (data/extract-pages, session 44): a news agency's article built of typed blocks whose picture block
 * repeats the picture's title as a plain line under it, and a long-form page with a podcast player between its
 * paragraphs. Each case fails without its rule. The texts are written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { HEADLINE, TEXT } from './library-article.ts'

const URL = 'https://agency.example/ar/20260312/1108834571.html'

function extract(html: string) {
  const result = extractArticle(parseHtml(html, URL), { url: URL })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return {
    doc,
    texts: doc.blocks.filter((b) => b.kind !== 'image' && b.kind !== 'caption').map((b) => doc.text.slice(b.start, b.end)),
    captions: doc.blocks.filter((b) => b.kind === 'caption').map((b) => doc.text.slice(b.start, b.end)),
  }
}

const page = (body: string) =>
  `<html lang="ar" dir="rtl"><head><title>${HEADLINE}</title><meta property="og:type" content="article"></head>` +
  `<body><article><h1>${HEADLINE}</h1>${body}</article></body></html>`

describe('typed article blocks', () => {
  const textBlock = (text: string) => `<div class="article__block" data-type="text"><div class="article__text">${text}</div></div>`

  it('reads the line under a picture that repeats its title as the caption, not the text', () => {
    const line = 'قاعة المطالعة الكبرى في المكتبة بعد ترميمها'
    const media =
      `<div class="article__block" data-type="media"><div class="media"><div class="media__size"><div class="photoview__open">` +
      `<img alt="${line} - وكالة المثال, 1920, 12.03.2026" title="${line}" width="1920" height="1080" src="https://cdn.agency.example/img/library.jpg"></div></div>` +
      `<div class="media__title">${line}</div><div class="media__copyright">© Photo . المكتبة الوطنية</div></div></div>`
    const { texts, captions } = extract(page(`<div class="article__body">${TEXT.slice(0, 2).map(textBlock).join('')}${media}${TEXT.slice(2).map(textBlock).join('')}</div>`))
    expect(texts).toEqual(TEXT)
    expect(captions[0]).toContain(line)
  })
})

describe('a podcast player between the paragraphs', () => {
  it('leaves the player’s show, episode and platforms out of the text', () => {
    const player =
      `<div class="podcast-embed"><div class="podcast-embed__head"><span class="podcast-embed__label">استمعوا</span><span class="podcast-embed__show">بودكاست «بعد الظهر»</span></div>` +
      `<div class="podcast-embed__episode">الحلقة 84: من يملك الكتب في المدن الصغيرة؟</div>` +
      `<div class="podcast-player"><button class="podcast-player__play" aria-label="تشغيل"></button><span class="podcast-player__time">00:00</span><span class="podcast-player__duration">32:17</span></div>` +
      `<div class="podcast-embed__platforms">متوفر أيضاً على: <a href="https://podcasts.example/show">Apple Podcasts</a></div></div>`
    const paragraphs = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join('')
    const { texts } = extract(page(`<div class="entry-content">${paragraphs(TEXT.slice(0, 2))}${player}${paragraphs(TEXT.slice(2))}</div>`))
    expect(texts).toEqual(TEXT)
  })
})
