import { describe, expect, it } from 'vitest'
import { normalizeArabic } from '../../../src/engine/arabic/normalize.ts'
import { LABELS } from '../../../src/engine/names/tagger/labels.ts'
import { mapTag } from '../../../src/engine/names/training/map-tag.ts'
import { MAX_LOAD, decodeNamesModel, encodeNamesModel, quantizePass } from '../../../src/engine/names/tagger/model-codec.ts'
import { readConll } from '../../../src/engine/names/training/read-conll.ts'
import { scoreSpans, spansFromTags } from '../../../src/engine/names/tagger/score-spans.ts'
import { scoreEmissions, scorePackedEmissions, transitionMask, viterbi } from '../../../src/engine/names/tagger/viterbi.ts'
import { taggerWords } from '../../../src/engine/names/tagger/tagger-words.ts'
import { tokenizeText } from '../../../src/engine/components/tokenize.ts'
import { createTagNames, tagTokens } from '../../../src/engine/components/tag-names.ts'
import { findNameStart, nameStart } from '../../../src/engine/names/tagger/name-start.ts'
import { loadConllNamesModel, loadNamesModel } from '../../../src/engine/models/names/load-names-model.ts'
import { isNationalityNisba } from '../../../src/engine/names/refine-mentions.ts'
import { buildGazetteer, WORD_CLASS } from '../../../src/engine/names/tagger/gazetteer.ts'
import { describeWords } from '../../../src/engine/names/tagger/word-features.ts'
import { listedPersonWords } from '../../../src/engine/names/training/listed-person-words.ts'
import { featureOrganizations } from '../../../src/engine/names/training/feature-organizations.ts'
import { normalizedPhraseIndex, phraseIndex } from '../../../src/engine/names/tagger/gazetteer.ts'
import { ARTICLE_ORGANIZATIONS } from '../../../src/engine/names/lists/known-organizations.ts'

describe('spansFromTags', () => {
  it.each([
    [['B-PERS', 'I-PERS', 'O', 'B-LOC'], [[0, 2, 'PERS'], [3, 4, 'LOC']]],
    [['I-ORG', 'I-ORG', 'B-ORG'], [[0, 2, 'ORG'], [2, 3, 'ORG']]],
    [['B-PERS', 'I-LOC'], [[0, 1, 'PERS'], [1, 2, 'LOC']]],
    [['O', 'O'], []],
  ] as [string[], [number, number, string][]][])('%j', (tags, expected) => {
    expect(spansFromTags(tags).map((s) => [s.start, s.end, s.type])).toEqual(expected)
  })
})

describe('scoreSpans', () => {
  it('counts exact spans only and averages PERS/LOC/ORG', () => {
    const gold = spansFromTags(['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-MISC'])
    const predicted = spansFromTags(['B-PERS', 'O', 'O', 'B-LOC', 'B-MISC'])
    const scores = scoreSpans([{ gold, predicted }])
    expect(scores.byType.PERS.correct).toBe(0)
    expect(scores.byType.LOC.f1).toBe(1)
    expect(scores.micro).toMatchObject({ gold: 2, predicted: 2, correct: 1 })
  })
})

describe('readConll and mapTag', () => {
  it('reads tokens, last columns and sentence breaks', () => {
    const sentences = readConll('\uFEFFفي O\nبالقاهرة NNP B-LOC\n\n\nقال O\n')
    expect(sentences).toEqual([
      { words: ['في', 'بالقاهرة'], tags: ['O', 'B-LOC'] },
      { words: ['قال'], tags: ['O'] },
    ])
  })

  it.each([
    ['B-PER', 'B-PERS'], ['I-MIS1', 'I-MISC'], ['B-MISS1', 'B-MISC'], ['I--ORG', 'I-ORG'], ['OO', 'O'], ['B-ENGLISH', 'O'],
  ])('%s → %s', (tag, expected) => {
    expect(mapTag(tag)).toBe(expected)
  })
})

describe('viterbi', () => {
  it('never takes a transition IOB2 forbids', () => {
    const L = LABELS.length
    const emissions = new Float32Array(2 * L)
    emissions[LABELS.indexOf('I-ORG')] = 10 // sentence start → I-ORG is forbidden
    emissions[L + LABELS.indexOf('I-LOC')] = 10
    const best = viterbi(emissions, new Float32Array((L + 1) * L), transitionMask(LABELS), L)
    const tags = Array.from(best, (y) => LABELS[y])
    expect(tags[0].startsWith('I-')).toBe(false)
    expect(tags[1] === 'I-LOC' ? tags[0] === 'B-LOC' || tags[0] === 'I-LOC' : true).toBe(true)
  })
})

describe('model codec', () => {
  const L = LABELS.length
  const features = { offsets: Int32Array.from([0, 3, 5, 7]), ids: Int32Array.from([1, 7, 63, 0, 40, 1023, (1 << 20) - 1]) }
  const passOf = (seed: number) => {
    const weights = new Float32Array((1 << 20) * L)
    // Buckets spread over the whole hash space, so that the table (2^11 slots here) holds buckets above its own size.
    for (const bucket of [0, 1, 7, 40, 63, 1023, 1024, 2047, 2048, 5000, 70_000, (1 << 20) - 1]) {
      for (let y = 0; y < L; y++) if ((bucket + y + seed) % 3 !== 0) weights[bucket * L + y] = (((bucket + y * seed) % 13) - 6) * 0.5
    }
    return quantizePass(weights, new Float32Array((L + 1) * L), L)
  }
  const header = { version: 'test', labels: [...LABELS], hashBits: 20, conllWindow: 15, places: [] }

  it('packs quantised weights so that packed scores equal dense ones, for both passes', () => {
    const first = passOf(1)
    const second = passOf(2)
    const decoded = decodeNamesModel(JSON.parse(JSON.stringify(encodeNamesModel(header, first, second))))
    for (const [dense, packed] of [[first, decoded.first], [second, decoded.second]] as const) {
      const expected = scoreEmissions(features, dense.weights!, L, dense.scale)
      expect(Array.from(scorePackedEmissions(features, packed.packed!, L, packed.scale, packed.packedOffset))).toEqual(Array.from(expected))
    }
  })

  it('fills a table up to MAX_LOAD, long probe runs and all, and reads every weight back', () => {
    // 614 buckets fit 1,024 slots at 0.6; half of them share home slots with another (bucket and bucket + 1024).
    const buckets = Array.from({ length: 614 }, (_, k) => (k % 2 === 0 ? k : 1024 + k * 37))
    const dense = new Float32Array((1 << 20) * L)
    buckets.forEach((bucket, k) => { dense[bucket * L + (k % L)] = (k % 11) - 5 || 1 })
    const pass = quantizePass(dense, new Float32Array((L + 1) * L), L)
    const encoded = encodeNamesModel(header, pass, pass)
    expect(encoded.table.slots).toBe(1024)
    expect(encoded.table.rows).toBe(buckets.filter((_, k) => ((k % 11) - 5 || 1) !== 0).length)
    const ids = Int32Array.from(buckets)
    const probe = { offsets: Int32Array.from([0, ids.length]), ids }
    const decoded = decodeNamesModel(JSON.parse(JSON.stringify(encoded)))
    expect(Array.from(scorePackedEmissions(probe, decoded.first.packed!, L, decoded.first.scale, decoded.first.packedOffset)))
      .toEqual(Array.from(scoreEmissions(probe, pass.weights!, L, pass.scale)))
    expect(encodeNamesModel(header, passOf(1), passOf(2)).table.slots).toBe(1024)
  })

  it('refuses a table fuller than MAX_LOAD', () => {
    const encoded = encodeNamesModel(header, passOf(1), passOf(2))
    expect(() => decodeNamesModel({ ...encoded, table: { ...encoded.table, rows: Math.floor(encoded.table.slots * MAX_LOAD) + 1 } })).toThrow(/table size/)
  })

  it('refuses a table whose slots claim labels the model does not have', () => {
    const encoded = encodeNamesModel({ ...header, labels: [...LABELS] }, passOf(1), passOf(2))
    expect(() => decodeNamesModel({ ...encoded, labels: LABELS.slice(0, 3) })).toThrow(/labels/)
    expect(() => decodeNamesModel({ ...encoded, format: 'qari-names-1' as never })).toThrow(/format/)
  })
})

describe('taggerWords', () => {
  it('puts the punctuation between words back as tokens of its own', () => {
    const text = 'قال بيسكوف، إن «موسكو» ترحب.'
    const words = taggerWords(text, [{ start: 0, end: text.length }], tokenizeText(text))[0]
    expect(words.map((w) => w.word)).toEqual(['قال', 'بيسكوف', '،', 'إن', '«', 'موسكو', '»', 'ترحب', '.'])
    expect(words.filter((w) => w.token < 0)).toHaveLength(4)
  })
})

describe('nameStart', () => {
  it.each([
    ['بموسكو', 'موسكو'],
    ['وإيران', 'إيران'],
    ['والسفارة', 'السفارة'],
    ['للقوات', 'لقوات'],
    ['بيسكوف', 'بيسكوف'],
    ['الكرملين', 'الكرملين'],
  ])('%s → %s', (word, name) => {
    const [token] = tokenizeText(word)
    expect(word.slice(nameStart(word, token))).toBe(name)
  })
})

describe('nameStart with evidence', () => {
  const gazetteer = buildGazetteer(['غزة', 'موسكو'])
  it.each([
    ['لغزة', 'place', [], 'غزة'],
    ['بريان', 'person', [], 'بريان'],
    ['وبيسكوف', 'person', ['بيسكوف'], 'بيسكوف'],
    ['بيسكوف', 'person', [], 'بيسكوف'],
    ['والسفارة', 'organization', [], 'السفارة'],
    ['فيروز', 'person', [], 'فيروز'],
    ['باماكو', 'place', [], 'باماكو'],
    ['بأوربا', 'place', [], 'أوربا'],
    ['بالقاهرة', 'place', [], 'القاهرة'],
    ['ومحمود', 'person', [], 'محمود'],
  ] as [string, 'place' | 'person' | 'organization', string[], string][])('%s (%s) → %s', (word, type, others, name) => {
    const [token] = tokenizeText(word)
    const docWords = new Set([token.norm, ...others])
    expect(word.slice(nameStart(word, token, type, { gazetteer, docWords }))).toBe(name)
  })
})

describe('nameStart before a kunya', () => {
  it('takes ب off "بأبي" when the name goes on ("المعروف بأبي محمد الجولاني")', () => {
    const gazetteer = buildGazetteer([])
    const [token] = tokenizeText('بأبي')
    expect('بأبي'.slice(nameStart('بأبي', token, 'person', { gazetteer, docWords: new Set() }, ['محمد', 'الجولاني']))).toBe('أبي')
  })
})

describe('nameStart, session 20', () => {
  const gazetteer = buildGazetteer(['لبنان'])
  const start = (word: string, type: 'place' | 'organization', before: string) => {
    const [token] = tokenizeText(word)
    return word.slice(nameStart(word, token, type, { gazetteer, docWords: new Set() }, [], before))
  }

  it('keeps a place\'s own first letter after an adverb of place ("قرب بوردو")', () => {
    expect(start('بوردو', 'place', normalizeArabic('قرب'))).toBe('بوردو')
    expect(start('بوردو', 'place', normalizeArabic('الجنوبية'))).toBe('وردو')
  })

  it('keeps "ف" alone before a name no list knows ("فيلنيوس"), not a known one ("فلبنان")', () => {
    expect(start('فيلنيوس', 'place', normalizeArabic('الليتوانية'))).toBe('فيلنيوس')
    expect(start('فلبنان', 'place', normalizeArabic('الليتوانية'))).toBe('لبنان')
  })
})

describe('findNameStart', () => {
  const gazetteer = buildGazetteer(['لبنان'])
  const start = (word: string, type: 'place' | 'organization', rest: string[] = []) => {
    const text = [word, ...rest].join(' ')
    const [token] = tokenizeText(word)
    const found = findNameStart(text, token, type, { gazetteer, docWords: new Set([token.norm]) }, rest.map((word) => normalizeArabic(word)))
    return { name: text.slice(found.start, token.end), lostAlef: found.lostAlef }
  }

  it('leaves out a preposition before a known multi-word name whose first word is short', () => {
    expect(start('لبي', 'organization', ['بي', 'سي']).name).toBe('بي')
    expect(start('لبي', 'organization', ['بي']).name).toBe('لبي')
  })

  it('says when the preposition took the alef of the article', () => {
    expect(start('للجيش', 'organization')).toEqual({ name: 'لجيش', lostAlef: true })
    expect(start('للبنان', 'place')).toEqual({ name: 'لبنان', lostAlef: false })
    expect(start('بموسكو', 'place')).toEqual({ name: 'موسكو', lostAlef: false })
  })
})

describe('isNationalityNisba', () => {
  const gazetteer = buildGazetteer(['روسيا', 'إيران', 'أمريكا', 'إسرائيل', 'أفغانستان'])
  it.each([
    ['الروسيه', true], ['الايراني', true], ['الامريكيه', true], ['الاسرائيليين', true], ['الافغانيه', true],
    ['النظاميه', false], ['الدوليه', false], ['روسيا', false],
  ] as [string, boolean][])('%s → %s', (word, expected) => {
    expect(isNationalityNisba(word, gazetteer)).toBe(expected)
  })
})

describe('the shipped models', () => {
  it.each([
    ['`qari tag`\'s', loadConllNamesModel],
    ['the reader\'s', loadNamesModel],
  ])('%s tags a plain sentence, clitics attached', async (_, load) => {
    const model = await load()
    const tags = tagTokens(model, ['وقال', 'الرئيس', 'الروسي', 'فلاديمير', 'بوتين', 'في', 'موسكو', '.'])
    expect(tags.slice(3, 5)).toEqual(['B-PERS', 'I-PERS'])
    expect(tags[6]).toBe('B-LOC')
    expect(tags[7]).toBe('O')
  })

  it('returns an empty doc layer for a text without names', async () => {
    const model = await loadNamesModel()
    const text = 'ارتفعت الأسعار كثيرا هذا العام.'
    const doc = { url: '', lang: 'ar', dir: 'rtl' as const, title: '', text, blocks: [], tokens: tokenizeText(text), sentences: [{ start: 0, end: text.length }] }
    expect(createTagNames(model).run(doc).entities).toEqual([])
  })
})

describe('sports clubs (a word class of their own)', () => {
  it('marks a club with or without a proclitic, and leaves other words alone', () => {
    const gazetteer = buildGazetteer([])
    const [club, withProclitic, other] = describeWords(['الوكرة', 'والريان', 'المباراة'], gazetteer)
    expect(club.entry.classes & WORD_CLASS.sportsClub).toBe(WORD_CLASS.sportsClub)
    expect(withProclitic.entry.classes & WORD_CLASS.sportsClub).toBe(WORD_CLASS.sportsClub)
    expect(other.entry.classes & WORD_CLASS.sportsClub).toBe(0)
  })
})

describe('the listed persons\' words (two word classes of `qari tag`\'s model)', () => {
  const persons = listedPersonWords()
  const listed = (word: string) => normalizeArabic(word)

  it('take the first and last words of the lists\' full names, normalised, and no particle', () => {
    expect(persons.family).toEqual(expect.arrayContaining(['بوش', 'رايس', 'صباحي'].map(listed)))
    expect(persons.first).toEqual(expect.arrayContaining(['كوندوليزا', 'حمدين'].map(listed)))
    expect([...persons.family, ...persons.first].filter((word) => word.length < 3)).toEqual([])
    expect(new Set(persons.family).size).toBe(persons.family.length)
  })

  it('mark a listed family name with or without a proclitic, only in a gazetteer built with them', () => {
    const withPersons = buildGazetteer([], new Map(), persons)
    const [alone, withProclitic, other] = describeWords(['بوش', 'وبوش', 'المباراة'], withPersons)
    expect(alone.entry.classes & WORD_CLASS.listedFamilyName).toBe(WORD_CLASS.listedFamilyName)
    expect(withProclitic.entry.classes & WORD_CLASS.listedFamilyName).toBe(WORD_CLASS.listedFamilyName)
    expect(other.entry.classes & (WORD_CLASS.listedFamilyName | WORD_CLASS.listedFirstName)).toBe(0)
    const [first] = describeWords(['كوندوليزا'], withPersons)
    expect(first.entry.classes & WORD_CLASS.listedFirstName).toBe(WORD_CLASS.listedFirstName)
    // A gazetteer built without them (as for a model trained before session 67) marks nothing.
    const [plain] = describeWords(['بوش'], buildGazetteer([]))
    expect(plain.entry.classes & (WORD_CLASS.listedFamilyName | WORD_CLASS.listedFirstName)).toBe(0)
  })

  it('travel in the model file, and both shipped models have them', async () => {
    const L = LABELS.length
    const pass = quantizePass(new Float32Array((1 << 20) * L), new Float32Array((L + 1) * L), L)
    const header = { version: 'test', labels: [...LABELS], hashBits: 20, conllWindow: 15, places: [], personWords: { family: ['بوش'], first: [] } }
    const decoded = decodeNamesModel(JSON.parse(JSON.stringify(encodeNamesModel(header, pass, pass))))
    const [word] = describeWords(['بوش'], decoded.gazetteer)
    expect(word.entry.classes & WORD_CLASS.listedFamilyName).toBe(WORD_CLASS.listedFamilyName)
    const [reader, conll] = await Promise.all([loadNamesModel(), loadConllNamesModel()])
    for (const model of [reader, conll]) expect(describeWords(['بوش'], model.gazetteer)[0].entry.classes & WORD_CLASS.listedFamilyName).toBe(WORD_CLASS.listedFamilyName)
    // A model trained before them decodes without them (its features are those it was trained with).
    const { personWords: _, ...older } = header
    expect(describeWords(['بوش'], decodeNamesModel(JSON.parse(JSON.stringify(encodeNamesModel(older, pass, pass)))).gazetteer)[0].entry.classes & WORD_CLASS.listedFamilyName).toBe(0)
  })
})

describe("the organisations a model's features read", () => {
  const L = LABELS.length
  const pass = quantizePass(new Float32Array((1 << 20) * L), new Float32Array((L + 1) * L), L)
  const header = { version: 'test', labels: [...LABELS], hashBits: 20, conllWindow: 15, places: [] }
  const decode = (extra: object) => decodeNamesModel(JSON.parse(JSON.stringify(encodeNamesModel({ ...header, ...extra }, pass, pass))))
  const orgMarks = (words: string[], model: ReturnType<typeof decodeNamesModel>) => describeWords(words, model.gazetteer).map((info) => info.org)

  it('are every organisation the rules know, normalised once, and index as the rules index them', () => {
    const phrases = featureOrganizations()
    expect(phrases.length).toBeGreaterThan(9000)
    expect(phrases).toContain(normalizeArabic('ستيوا بوخارست'))
    expect(phrases.every((phrase) => phrase === phrase.trim() && !phrase.includes('  '))).toBe(true)
    const byRules = phraseIndex(ARTICLE_ORGANIZATIONS)
    const fromModel = normalizedPhraseIndex(phrases)
    expect(fromModel.size).toBe(byRules.size)
    for (const [first, entries] of byRules) expect(fromModel.get(first)?.map((words) => words.join(' ')).sort()).toEqual(entries.map((words) => words.join(' ')).sort())
  })

  it('travel in the model file; a model without them reads KNOWN_ORGANIZATIONS', () => {
    const words = ['تغلب', 'على', 'ستيوا', 'بوخارست', 'الروماني']
    expect(orgMarks(words, decode({ organizations: [normalizeArabic('ستيوا بوخارست')] }))).toEqual([0, 0, 1, 2, 0])
    expect(orgMarks(words, decode({}))).toEqual([0, 0, 0, 0, 0])
  })
})
