import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { joinBlocks, type ArticleDoc, type EntityType } from '../../../src/engine/doc.ts'
import { linkMentions } from '../../../src/engine/components/link-mentions.ts'
import { splitSentencesText } from '../../../src/engine/components/split-sentences.ts'
import { createTagNames } from '../../../src/engine/components/tag-names.ts'
import { tokenizeText } from '../../../src/engine/components/tokenize.ts'
import { loadNamesModel } from '../../../src/engine/models/names/load-names-model.ts'

/** The seed page's body and its expected names (written by a person, in the fixture). */
const expected = JSON.parse(
  readFileSync(resolve(process.cwd(), 'test/fixtures/pages/seed-wordpress/expected.json'), 'utf8'),
) as { blocks: { type: string; text: string }[]; entities: Record<'person' | 'organization' | 'location', string[]> }

const TYPE_OF: Record<string, EntityType> = { person: 'person', organization: 'organization', location: 'place' }

/** Mentions that are one entity on this page (the linking examples of issue 5). */
const SAME_ENTITY: [string, string[]][] = [
  ['Peskov', ['دميتري بيسكوف', 'بيسكوف']],
  ['Hamas', ['حماس', 'حركة حماس']],
  ['Russian foreign ministry', ['وزارة الخارجية الروسية', 'الخارجية الروسية']],
  ['Ali Bagheri Kani', ['علي باقري كني', 'علي باقري']],
  ['Gaza', ['قطاع غزة', 'غزة']],
  ['TASS', ['وكالة تاس للأنباء', 'تاس']],
]

let doc: ArticleDoc

beforeAll(async () => {
  const model = await loadNamesModel()
  const { text, blocks } = joinBlocks(expected.blocks.map((block) => ({ kind: 'paragraph' as const, text: block.text })))
  const base = { url: 'https://akhbar-alyawm.example/', lang: 'ar', dir: 'rtl' as const, title: '', text, blocks }
  const tokenized = { ...base, tokens: tokenizeText(text), sentences: splitSentencesText(text) }
  doc = linkMentions.run(createTagNames(model).run(tokenized))
})

function entitiesWithMention(name: string) {
  return doc.entities!.filter((entity) => entity.mentions.some((m) => doc.text.slice(m.start, m.end) === name))
}

describe('names on the seed page', () => {
  const listed = Object.entries(expected.entities).flatMap(([type, names]) => names.map((name) => [TYPE_OF[type], name] as const))

  it.each(listed)('tags %s "%s"', (type, name) => {
    const found = entitiesWithMention(name)
    expect(found.map((entity) => entity.type)).toContain(type)
  })

  it.each(listed)('links every "%s" mention of "%s" into one entity', (_type, name) => {
    expect(entitiesWithMention(name)).toHaveLength(1)
  })

  it.each(SAME_ENTITY)('links the mentions of %s into one entity', (_label, names) => {
    const ids = new Set(names.flatMap((name) => entitiesWithMention(name).map((entity) => entity.id)))
    expect(ids.size).toBe(1)
  })

  it('leaves the attached preposition out of a mention ("بموسكو" → "موسكو")', () => {
    const at = doc.text.indexOf('بموسكو')
    const moscow = entitiesWithMention('موسكو')[0]
    expect(moscow.mentions.some((m) => m.start === at + 1 && m.end === at + 'بموسكو'.length)).toBe(true)
  })

  it('names every entity by a mention without clitics and lands every mention on the text', () => {
    for (const entity of doc.entities!) {
      expect(entity.mentions.map((m) => doc.text.slice(m.start, m.end))).toContain(entity.name)
      for (const m of entity.mentions) expect(m.end).toBeGreaterThan(m.start)
    }
    expect(entitiesWithMention('موسكو')[0].name).toBe('موسكو')
  })

  it('counts mentions: Peskov twice, Moscow at least ten times', () => {
    expect(entitiesWithMention('بيسكوف')[0].mentions).toHaveLength(2)
    expect(entitiesWithMention('موسكو')[0].mentions.length).toBeGreaterThanOrEqual(10)
  })

  it('does not tag descriptions and titles as names', () => {
    for (const phrase of ['العاصمة الروسية', 'الحركة الفلسطينية', 'الخارجية الإيراني']) {
      expect(entitiesWithMention(phrase)).toHaveLength(0)
    }
  })
})
