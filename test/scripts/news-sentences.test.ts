import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { locate, readNewsSentences, scoreSentence, toConll, type FoundMention } from '../../scripts/news-sentences.ts'

/** A set file of the data/news-sentences format, written to a temporary folder. */
function setOf(lines: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'qari-news-')), 'set.txt')
  writeFileSync(path, lines)
  return path
}

const SET = setOf(
  [
    '# a comment',
    '1\tقال الرئيس إيمانويل ماكرون في باريس إن فرنسا ستدعم الأمم المتحدة.',
    '=> PER:إيمانويل ماكرون ; LOC:باريس ; LOC:فرنسا ; ORG:الأمم المتحدة',
    '2\tوأعلنت وزارة الداخلية السعودية بالرياض أن قصر الحكم مغلق.',
    '=> ORG:وزارة الداخلية السعودية|وزارة الداخلية ; LOC:الرياض ; ?ORG/LOC:قصر الحكم',
    '3\tارتفع التضخم إلى 3% في أكتوبر.',
    '=> -',
    '',
  ].join('\n'),
)

describe('the news sentences of data/news-sentences', () => {
  it('reads sentences, their expectations, alternates and debatable items', () => {
    const sentences = readNewsSentences(SET)
    expect(sentences.map((s) => s.id)).toEqual([1, 2, 3])
    expect(sentences[1].expected[0].alternates).toEqual([
      { span: 'وزارة الداخلية السعودية', types: ['organization'] },
      { span: 'وزارة الداخلية', types: ['organization'] },
    ])
    expect(sentences[1].expected[2]).toMatchObject({ optional: true, alternates: [{ span: 'قصر الحكم', types: ['organization', 'place'] }] })
    expect(sentences[2].expected).toEqual([])
  })

  it('finds a name behind attached letters and inside لل, not inside another word', () => {
    const text = 'وصل بالرياض وزير للأمم المتحدة، لا الرياضي.'
    expect(locate(text, 'الرياض')).toEqual([[5, 11]])
    expect(locate(text, 'الأمم المتحدة').map(([start]) => text.slice(start, start + 4))).toEqual(['لأمم'])
  })

  it('scores right names, a wrong boundary, a wrong type, a missed name and a false one', () => {
    const [sentence] = readNewsSentences(SET)
    const text = sentence.text
    const at = (word: string, type: FoundMention['type']): FoundMention => {
      const start = text.indexOf(word)
      return { type, start, end: start + word.length, text: word }
    }
    const { errors } = scoreSentence(sentence, [at('ماكرون', 'person'), at('باريس', 'organization'), at('فرنسا', 'place'), at('الرئيس', 'person')])
    expect(errors.map((e) => e.kind)).toEqual(['type', 'boundary', 'missed', 'false'])
    expect(scoreSentence(sentence, [at('إيمانويل ماكرون', 'person'), at('باريس', 'place'), at('فرنسا', 'place'), at('الأمم المتحدة', 'organization')]).errors).toEqual([])
  })

  it('ignores a debatable name, found or not', () => {
    const sentence = readNewsSentences(SET)[1]
    const start = sentence.text.indexOf('قصر الحكم')
    const palace: FoundMention = { type: 'place', start, end: start + 9, text: 'قصر الحكم' }
    const rest = ['وزارة الداخلية السعودية', 'الرياض'].map((word, i): FoundMention => {
      const s = sentence.text.indexOf(word)
      return { type: i === 0 ? 'organization' : 'place', start: s, end: s + word.length, text: word }
    })
    expect(scoreSentence(sentence, rest).errors).toEqual([])
    expect(scoreSentence(sentence, [...rest, palace]).errors).toEqual([])
  })

  it('tags the words of each required name as the tagger reads them, clitics attached, debatable names left O', () => {
    const [first, second] = toConll(readNewsSentences(SET))
    expect(first.words.slice(2, 4)).toEqual(['إيمانويل', 'ماكرون'])
    expect(first.tags.slice(2, 4)).toEqual(['B-PERS', 'I-PERS'])
    expect(first.tags[first.words.indexOf('المتحدة')]).toBe('I-ORG')
    expect(second.tags[second.words.indexOf('بالرياض')]).toBe('B-LOC')
    expect(second.tags[second.words.indexOf('قصر')]).toBe('O')
    expect(first.words.at(-1)).toBe('.')
  })

  // A helper's slip in a new set (a span spelt otherwise than in its sentence) would count as a missed name forever.
  it('in every set of data/news-sentences and data/era-sentences, each name and alternate is found in its sentence', () => {
    const unfound: string[] = []
    for (const dir of ['data/news-sentences', 'data/era-sentences']) {
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
        for (const sentence of readNewsSentences(join(dir, file))) {
          for (const { alternates } of sentence.expected) {
            for (const { span } of alternates) if (locate(sentence.text, span).length === 0) unfound.push(`${file} ${sentence.id}: ${span}`)
          }
        }
      }
    }
    expect(unfound).toEqual([])
  })
})
