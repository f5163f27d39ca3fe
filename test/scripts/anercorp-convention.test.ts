import { describe, expect, it } from 'vitest'
import { learnAnercorpConvention, toAnercorpConvention, typeByHead } from '../../scripts/anercorp-convention.ts'
import { buildGazetteer } from '../../src/engine/names/tagger/gazetteer.ts'
import type { ConllSentence } from '../../src/engine/names/training/read-conll.ts'

/** A sentence from "word/TAG" pairs ("word" alone is O). */
const sentence = (text: string): ConllSentence => {
  const pairs = text.split(' ').map((pair) => pair.split('/'))
  return { words: pairs.map(([word]) => word), tags: pairs.map(([, tag]) => tag ?? 'O') }
}

/** A small corpus in ANERcorp's convention, each pattern five times (the fewest sightings that count). */
const CORPUS = [
  'وصل الوفد إلى مدينة الرياض/B-LOC أمس .',
  'قال الجيش الإسرائيلي إنه قصف غزة/B-LOC .',
  'أعلنت نوكيا/B-ORG الفنلندية أرباحها .',
  'ذكرت وكالة/B-ORG الأنباء/I-ORG المصرية/I-ORG أن الوزير سافر .',
  'افتتحت جامعة/B-ORG القاهرة/I-ORG فرعا جديدا في الجيش .',
  'تحدث الرئيس بشار/B-PERS الأسد/I-PERS في دمشق/B-LOC .',
].flatMap((text) => Array.from({ length: 5 }, () => sentence(text)))

const convention = learnAnercorpConvention(CORPUS, buildGazetteer(['الجزائر', 'روسيا']))

/** The names of a converted sentence, as "TYPE:words". */
const names = (text: string) => {
  const { words, tags } = toAnercorpConvention(sentence(text), convention)
  const found: string[] = []
  tags.forEach((tag, i) => {
    if (!tag.startsWith('B-')) return
    let end = i + 1
    while (tags[end] === `I-${tag.slice(2)}`) end++
    found.push(`${tag.slice(2)}:${words.slice(i, end).join(' ')}`)
  })
  return found
}

describe("the news sentences trimmed to ANERcorp's convention", () => {
  it('leaves a head outside the name when ANERcorp does', () => {
    expect(names('زار مدينة/B-LOC تمبكتو/I-LOC أمس')).toEqual(['LOC:تمبكتو'])
  })

  it('keeps a head ANERcorp opens names with', () => {
    expect(names('درس في جامعة/B-ORG تمبكتو/I-ORG')).toEqual(['ORG:جامعة تمبكتو'])
  })

  it('drops a name of common words only, which ANERcorp leaves untagged', () => {
    expect(names('قال الجيش/B-ORG الإسرائيلي/I-ORG إنه')).toEqual([])
  })

  it('leaves a nationality outside a proper name, and inside a head', () => {
    expect(names('وقعت سوناطراك/B-ORG الجزائرية/I-ORG عقدا')).toEqual(['ORG:سوناطراك'])
    expect(names('ذكرت وكالة/B-ORG الأنباء/I-ORG الروسية/I-ORG أن')).toEqual(['ORG:وكالة الأنباء الروسية'])
  })

  it('leaves persons whole', () => {
    expect(names('قال الرئيس/B-PERS بشار/I-PERS الأسد/I-PERS')).toEqual(['PERS:الرئيس بشار الأسد'])
  })

  it("types a name of two allowed types by what ANERcorp's names under its head are", () => {
    const typeOf = typeByHead(convention)
    expect(typeOf('جامعة تمبكتو', ['place', 'organization'])).toBe('organization')
    expect(typeOf('مستشفى تمبكتو', ['organization', 'place'])).toBe('organization')
  })
})
