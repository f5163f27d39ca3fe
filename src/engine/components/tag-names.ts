import type { DocWith, Entity, EntityType, Span } from '../doc.ts'
import { DATELINE, LISTED_PLACE, QUOTED, findNameStart } from '../names/tagger/name-start.ts'
import { opensDateline } from '../names/refine/find/dateline-places.ts'
import type { NamesModel } from '../names/tagger/names-model.ts'
import { refineMentions, type TokenMention } from '../names/refine-mentions.ts'
import { stemOf } from '../names/refine/shared/context.ts'
import { spansFromTags } from '../names/tagger/score-spans.ts'
import { tagSentences } from '../names/tagger/tag-sentences.ts'
import { taggerWords } from '../names/tagger/tagger-words.ts'
import type { Component } from '../pipeline.ts'

/**
 * Names in an article: the trained tagger (models/names) reads each sentence, the second pass with the
 * whole article as context, and every name it finds becomes one entity with one mention; link-mentions
 * then groups mentions of the same entity.
 *
 * Mentions follow the annotation convention of ../shared/data/README.md: the attached conjunction or
 * preposition (و ف ب ل ك) is left out and the article kept ("بموسكو" → "موسكو", "والسفارة" → "السفارة").
 */

/** ANERcorp's types as the reader sees them; MISC (events, products, nationalities) is not shown. */
const TYPE_OF: Record<string, EntityType | undefined> = { PERS: 'person', ORG: 'organization', LOC: 'place' }

/** IOB2 tags for one sentence of whitespace tokens with clitics attached (ANERcorp's convention). */
export function tagTokens(model: NamesModel, words: string[]): string[] {
  return tagSentences(model, [words], Infinity)[0]
}

/** The tagger's names as runs of doc tokens (punctuation at either edge left out). */
export function tagMentions(model: NamesModel, doc: DocWith<'tokens' | 'sentences'>): TokenMention[] {
  const sentences = taggerWords(doc.text, doc.sentences, doc.tokens)
  const tags = tagSentences(model, sentences.map((words) => words.map((w) => w.word)), Infinity)
  const mentions: TokenMention[] = []
  sentences.forEach((words, s) => {
    for (const name of spansFromTags(tags[s])) {
      const type = TYPE_OF[name.type]
      if (!type) continue
      let first = name.start
      let last = name.end - 1
      while (first <= last && words[first].token < 0) first++
      while (last >= first && words[last].token < 0) last--
      if (first <= last) mentions.push({ type, first: words[first].token, last: words[last].token })
    }
  })
  return mentions
}

/** A name found in an article: its span in the text and the form the reader is shown. */
export interface NameMention {
  type: EntityType
  span: Span
  /** The span's text, with an article's alef given back ("لجيش" of "للجيش" → "الجيش", name-start.ts). */
  display: string
}

/** Names in an article as text spans: tagged, refined for the article (refine-mentions.ts), clitics left out. */
export function findNameMentions(model: NamesModel, doc: DocWith<'tokens' | 'sentences'>): NameMention[] {
  const refined = refineMentions(doc.text, doc.tokens, model.gazetteer, tagMentions(model, doc))
  const evidence = { gazetteer: model.gazetteer, docWords: new Set(doc.tokens.map((token) => token.norm)) }
  const mentions: NameMention[] = []
  // The last tokens of the places, for a place listed right after another ("خوست وبكتيكا").
  const placeEnds = new Set(refined.filter((mention) => mention.type === 'place').map((mention) => mention.last))
  for (const mention of refined) {
    const rest = doc.tokens.slice(mention.first + 1, mention.last + 1).map((token) => token.norm)
    const before = wordBefore(doc, mention.first)
    // (The tokenizer keeps "و" on a word it does not know: "وجودائم" after "زلطن".)
    const { clitics, norm } = doc.tokens[mention.first]
    const listed = mention.type === 'place' && before !== '' && before !== QUOTED && placeEnds.has(mention.first - 1) &&
      (clitics.pre[0] === 'و' || (clitics.pre.length === 0 && norm.startsWith('و')))
    const dateline = mention.type === 'place' && opensDateline(doc.text, doc.tokens, mention.first)
    const { start, lostAlef } = findNameStart(doc.text, doc.tokens[mention.first], mention.type, evidence, rest, dateline ? DATELINE : listed ? LISTED_PLACE : before)
    const end = withPlus(doc.text, doc.tokens[mention.last].end, mention.type)
    if (end <= start) continue
    const surface = doc.text.slice(start, end)
    mentions.push({ type: mention.type, span: { start, end }, display: lostAlef ? `ا${surface}` : surface })
  }
  return mentions
}

/**
 * "أوبك+", "ديزني+": a plus written right after a body's name, the word ending there, is part of the name (the alliance
 * beyond OPEC, the service); the tokenizer reads no token in it.
 */
function withPlus(text: string, end: number, type: NameMention['type']): number {
  return type === 'organization' && text[end] === '+' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '') ? end + 1 : end
}

const PATTERNS = {
  spacesOnly: /^[ \t\u00a0]+$/u,
  /**
   * A quote or a bracket opens right before a name: "منصة "ووتش إت"", "للحديد والصلب (فيرال)". A straight quote
   * opens only when the name follows it at once: with a space after it, it closes the words before ("العراق والشام" وجبهة).
   */
  openingQuote: /(?:[«“(]\s*|")$/u,
} as const

/**
 * The normalised word right before token t, when only spaces stand between them; QUOTED when an opening quote or
 * bracket does (a name in quotes keeps its first letters: "منصة "ووتش إت"", "(فيرال)"); '' otherwise.
 */
function wordBefore(doc: DocWith<'tokens'>, t: number): string {
  const gap = doc.text.slice(t === 0 ? 0 : doc.tokens[t - 1].end, doc.tokens[t].start)
  if (PATTERNS.openingQuote.test(gap)) return QUOTED
  if (t === 0) return ''
  if (!PATTERNS.spacesOnly.test(gap)) return ''
  // The word without its own conjunction or preposition, with its article: "والنائب" is "النائب", a title.
  const token = doc.tokens[t - 1]
  return token.clitics.pre.length === 0 ? token.norm : stemOf(token)
}

export function createTagNames(model: NamesModel): Component<'tokens' | 'sentences', 'entities'> {
  return {
    name: 'tag-names',
    requires: ['tokens', 'sentences'],
    assigns: ['entities'],
    run(doc) {
      const entities: Entity[] = findNameMentions(model, doc).map(({ type, span, display }, index) => ({
        id: `m${index + 1}`,
        type,
        name: display,
        mentions: [span],
      }))
      return { ...doc, entities }
    },
  }
}
