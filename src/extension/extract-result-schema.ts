/**
 * The extractor runs in the page's process, next to hostile content: what it returns is checked like
 * any other message before the worker or the reader uses it.
 */
import * as v from 'valibot'
import type { ExtractResult } from '../engine/index.ts'

const MAX_TEXT = 8 * 1024 * 1024
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max))
const httpUrl = v.pipe(v.string(), v.maxLength(4096), v.regex(/^https?:\/\//iu))
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT))

const BlockSchema = v.object({
  kind: v.picklist(['heading', 'paragraph', 'quote', 'list-item', 'table-row', 'image', 'caption']),
  start: offset,
  end: offset,
  src: v.optional(httpUrl),
  alt: v.optional(shortText(2000)),
})

const ArticleDocSchema = v.object({
  url: shortText(4096),
  canonicalUrl: v.optional(shortText(4096)),
  lang: shortText(16),
  dir: v.picklist(['rtl', 'ltr']),
  title: shortText(2000),
  byline: v.optional(shortText(2000)),
  credit: v.optional(shortText(2000)),
  published: v.optional(shortText(64)),
  siteName: v.optional(shortText(500)),
  leadImage: v.optional(v.object({ src: httpUrl, alt: v.optional(shortText(2000)), caption: v.optional(shortText(4000)) })),
  text: shortText(MAX_TEXT),
  blocks: v.pipe(v.array(BlockSchema), v.maxLength(100_000)),
})

const ExtractResultSchema = v.variant('isArticle', [
  v.object({ isArticle: v.literal(true), doc: ArticleDocSchema }),
  v.object({
    isArticle: v.literal(false),
    reason: shortText(500),
    lang: shortText(16),
    dir: v.picklist(['rtl', 'ltr']),
    title: v.optional(shortText(2000)),
  }),
])

/** Returns the result when it is well formed and its block offsets fit its text; throws otherwise. */
export function checkExtractResult(value: unknown): ExtractResult {
  const parsed = v.safeParse(ExtractResultSchema, value)
  if (!parsed.success) throw new Error(`the extractor returned a malformed result: ${parsed.issues[0]?.message}`)
  const result = parsed.output as ExtractResult
  if (result.isArticle) {
    const length = result.doc.text.length
    for (const block of result.doc.blocks) {
      if (block.start > block.end || block.end > length) throw new Error('the extractor returned blocks outside the text')
    }
  }
  return result
}
