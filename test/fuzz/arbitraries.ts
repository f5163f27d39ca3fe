/**
 * Generators for the engine fuzz runs (test/fuzz/engine.fuzz.test.ts in CI, scripts/fuzz-long.ts for
 * the long run): texts that mix scripts and invisible characters, HTML trees serialised with the
 * mistakes real pages make, mutations of real fixture pages, deep nesting and huge bodies.
 */
import fc from 'fast-check'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { PARAGRAPHS } from '../fixtures/hostile/article-text.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Pieces of text a hostile or merely careless page puts in its words. */
const ARABIC_WORDS = ['قال', 'الرئيس', 'في', 'مؤتمر', 'صحفي', 'إن', 'المدينة', 'مليون', 'دولار', 'عام', 'ألفين', 'وزارة', 'الصحة', 'بالقاهرة', 'لندن', 'محمد', 'منى', 'العلي', 'ثلاثة', 'آلاف', 'بالمئة', 'يوم', 'الأحد']
const PERSIAN_URDU = ['می‌گوید', 'کہ', 'پاکستان', 'ایران', 'ہے', 'گفت']
const LATIN = ['Reuters', 'BBC', 'COVID-19', 'e.g.', 'U.S.', 'https://example.com/a?b=c', 'x@y.z', 'NATO', '3.5%', '$12bn']
const DIGITS = ['٠', '١٢', '٣٤٥', '٢٠٢٦', '۱۴۰۲', '۴۵', '12', '3,5', '١٬٢٣٤٫٥', '٪', '%', '١/٢', '٣-٤', '٫', '٬']
const PUNCTUATION = ['،', '؛', '؟', '.', ',', '!', '...', '«', '»', '"', "'", '(', ')', '[', ']', '—', '-', ':', '\n', '\n\n', '\t', ' ', '\u00A0']
/** Bidi embeddings, overrides, isolates, marks; zero-width space, joiners; BOM; Arabic letter mark. */
const INVISIBLE = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\uFEFF', '\u061C', '\u00AD', '\u2060']
const EMOJI = ['😀', '🇸🇦', '👨‍👩‍👧', '❤️', '🏳️‍🌈', '👍🏽', '🔥']
/** Lone surrogates, NUL, noncharacters, combining marks without a base, tatweel, harakat. */
const ODD = ['\uD800', '\uDFFF', '\uDBFF', '\u0000', '\uFFFE', '\uFFFF', '\u0651\u064E', '\u0640\u0640', 'ـ', '\u064B', '\u0670', '\u06DD', '\u0605', '\u08E2', '\u{1EE00}']

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ARABIC_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...PERSIAN_URDU) },
  { weight: 2, arbitrary: fc.constantFrom(...LATIN) },
  { weight: 3, arbitrary: fc.constantFrom(...DIGITS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
)

/** A text of mixed scripts and invisible characters, joined with or without spaces. */
export const textArb = fc
  .tuple(fc.array(piece, { minLength: 0, maxLength: 300 }), fc.constantFrom(' ', '', ' ', '\u200C'))
  .map(([pieces, glue]) => pieces.join(glue))

/** A text that reads like an article with noise injected: the engine's common case, made odd. */
export const articleTextArb = fc
  .tuple(fc.shuffledSubarray([...PARAGRAPHS], { minLength: 1 }), fc.array(fc.tuple(fc.nat(), piece), { maxLength: 40 }))
  .map(([paragraphs, inserts]) => {
    let text = paragraphs.join('\n\n')
    for (const [at, p] of inserts) {
      const i = at % (text.length + 1)
      text = text.slice(0, i) + p + text.slice(i)
    }
    return text
  })

const TAGS = ['p', 'div', 'span', 'article', 'section', 'main', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'a', 'img', 'figure', 'figcaption', 'blockquote', 'b', 'i', 'br', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'header', 'footer', 'aside', 'time', 'picture', 'source', 'form', 'button', 'textarea', 'title', 'meta', 'select', 'option', 'pre', 'code', 'math', 'xmp', 'plaintext']
const URLS = ['https://example.com/a.jpg', 'http://x/', '/relative/path', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' data:text/html,<script>', 'data:image/png;base64,AAAA', 'vbscript:x', '//evil.example', '#', '', 'https://', 'http://[::1', '%', '\u202Ehttps://a.b']
const CLASSES = ['content', 'entry-content', 'post', 'article-body', 'share', 'related', 'ad', 'comments', 'hidden', 'sr-only', 'read-also', 'اقرأ', 'x'.repeat(50)]

const attributeArb = fc.oneof(
  fc.tuple(fc.constantFrom('class', 'id'), fc.constantFrom(...CLASSES)),
  fc.tuple(fc.constantFrom('href', 'src', 'data-src', 'srcset', 'poster', 'content', 'action'), fc.constantFrom(...URLS)),
  fc.tuple(fc.constantFrom('style'), fc.constantFrom('display:none', 'visibility:hidden', 'font-size:0', 'position:absolute;left:-9999px', 'color:red')),
  fc.tuple(fc.constantFrom('hidden', 'aria-hidden', 'lang', 'dir', 'itemprop', 'property', 'name', 'onerror', 'onload'), fc.constantFrom('', 'true', 'ar', 'en', 'rtl', 'ltr', 'auto', 'articleBody', 'og:image', 'alert(1)')),
  fc.tuple(fc.constantFrom('data-x', 'title', 'alt'), textArb),
)

interface Tree {
  tag: string
  attributes: [string, string][]
  children: (Tree | string)[]
}

const { tree: treeArb } = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.array(attributeArb, { maxLength: 4 }),
    children: fc.array(tie('node'), { maxLength: 5 }),
  }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.oneof(textArb, fc.constantFrom(...PARAGRAPHS)), tie('tree')),
}))

/** How a tree is written out: right, or with the mistakes of hand-written and truncated pages. */
interface Sloppiness {
  dropClose: number
  strayClose: number
  unquoted: number
  escapeText: boolean
}

function serialise(node: Tree | string, sloppy: Sloppiness, random: () => number): string {
  if (typeof node === 'string') return sloppy.escapeText ? node.replace(/[&<>]/gu, (c) => `&#${c.charCodeAt(0)};`) : node
  const attrs = node.attributes
    .map(([name, value]) => (random() < sloppy.unquoted ? ` ${name}=${value}` : ` ${name}="${value.replace(/"/gu, '&quot;')}"`))
    .join('')
  const inner = node.children.map((child) => serialise(child, sloppy, random)).join('')
  const close = random() < sloppy.dropClose ? '' : `</${node.tag}>`
  const stray = random() < sloppy.strayClose ? `</${TAGS[Math.floor(random() * TAGS.length)]}>` : ''
  return `<${node.tag}${attrs}>${inner}${stray}${close}`
}

const sloppinessArb = fc.record({
  dropClose: fc.constantFrom(0, 0, 0.1, 0.5, 1),
  strayClose: fc.constantFrom(0, 0, 0.1, 0.5),
  unquoted: fc.constantFrom(0, 0.2, 1),
  escapeText: fc.boolean(),
})

/** A generated page: a head with metadata, a body from a random tree, written out sloppily. */
export const generatedHtmlArb = fc
  .tuple(fc.array(treeArb, { minLength: 1, maxLength: 4 }), sloppinessArb, fc.integer(), fc.option(textArb), fc.boolean())
  .map(([trees, sloppy, seed, title, withHead]) => {
    let state = seed >>> 0 || 1
    // A small deterministic generator (xorshift) so a failing case replays from its seed.
    const random = () => {
      state ^= state << 13
      state ^= state >>> 17
      state ^= state << 5
      return (state >>> 0) / 4294967296
    }
    const body = trees.map((tree) => serialise(tree, sloppy, random)).join('\n')
    const head = withHead ? `<head><meta charset="utf-8"><title>${title ?? ''}</title><meta property="og:image" content="javascript:x"></head>` : ''
    return `<!doctype html><html lang="ar" dir="rtl">${head}<body>${body}</body></html>`
  })

/** The real-looking pages mutations start from: hostile pages and the extraction fixtures. */
export function seedPages(): string[] {
  const pages: string[] = []
  const hostile = path.join(ROOT, 'test/fixtures/hostile')
  for (const file of readdirSync(hostile).filter((f) => f.endsWith('.html'))) pages.push(readFileSync(path.join(hostile, file), 'utf8'))
  const fixtures = path.join(ROOT, 'test/fixtures/pages')
  if (existsSync(fixtures)) {
    for (const dir of readdirSync(fixtures)) {
      const file = path.join(fixtures, dir, 'source.html')
      if (existsSync(file)) pages.push(readFileSync(file, 'utf8'))
    }
  }
  return pages
}

const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(textArb, fc.constantFrom('<', '>', '</p>', '<div>', '<!--', '-->', '<script>', '</body>', '</html>', '<![CDATA[', '"', "'", '&', '&#x202E;', '&#0;', '&#xD800;')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 500 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 2000 }), times: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
)

type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never

function mutate(html: string, mutation: Mutation): string {
  const at = mutation.at % (html.length + 1)
  switch (mutation.kind) {
    case 'insert':
      return html.slice(0, at) + mutation.text + html.slice(at)
    case 'delete':
      return html.slice(0, at) + html.slice(at + mutation.length)
    case 'duplicate':
      return html.slice(0, at) + html.slice(at, at + mutation.length).repeat(mutation.times) + html.slice(at)
    case 'truncate':
      return html.slice(0, at)
  }
}

/** A fixture page with a few random edits: inserted junk and tags, cut ranges, repeats, truncation. */
export function mutatedHtmlArb(seeds: readonly string[]) {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutationArb, { minLength: 1, maxLength: 8 })).map(([seed, mutations]) => mutations.reduce(mutate, seed))
}

/** The article inside thousands of nested elements, some unclosed. */
export const deepHtmlArb = fc
  .tuple(fc.integer({ min: 1000, max: 5000 }), fc.constantFrom('div', 'span', 'b', 'p', 'li', 'td', 'blockquote', 'font'), fc.boolean())
  .map(([levels, tag, closeThem]) => {
    const article = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')
    return `<html lang="ar"><body>${`<${tag}>`.repeat(levels)}<article>${article}</article>${closeThem ? `</${tag}>`.repeat(levels) : ''}</body></html>`
  })

/** Huge attributes: a 100 KB–1 MB value on an element of the article. */
export const hugeAttributeArb = fc
  .tuple(fc.integer({ min: 100_000, max: 1_000_000 }), fc.constantFrom('data-x', 'class', 'style', 'src', 'alt', 'href'))
  .map(([size, name]) => `<html lang="ar"><body><article><h1>عنوان</h1><p ${name}="${'ع'.repeat(size)}">${PARAGRAPHS.join('</p><p>')}</p></article></body></html>`)

/** 5 MB bodies in the shapes that cost most: one text node, <br>-split text, many paragraphs. */
export function fiveMegabyteBodies(): Record<string, string> {
  const FIVE = 5 * 1024 * 1024
  const joined = PARAGRAPHS.join(' ')
  const repeat = (unit: string) => unit.repeat(Math.ceil(FIVE / Buffer.byteLength(unit)))
  return {
    'one text node': `<html lang="ar"><body><article><h1>عنوان</h1><div>${repeat(`${joined} `)}</div></article></body></html>`,
    'br-split text': `<html lang="ar"><body><article><h1>عنوان</h1><div>${repeat(`${PARAGRAPHS.join('<br><br>')}<br><br>`)}</div></article></body></html>`,
    paragraphs: `<html lang="ar"><body><article><h1>عنوان</h1>${repeat(PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''))}</article></body></html>`,
    'one huge attribute': `<html lang="ar"><body><article><h1>عنوان</h1><p data-x="${'x'.repeat(FIVE)}">${PARAGRAPHS.join('</p><p>')}</p></article></body></html>`,
  }
}
