/**
 * The seed article as the reader receives it once the engine has run, with names and figures placed by
 * hand from the fixture's expected.json (written by a person), so the UI can be built and tested ahead
 * of the engine. Mentions are found as whole words (a clitic before is fine, a letter after is not:
 * إسرائيل must not match inside الإسرائيلي).
 */
import truth from '../../fixtures/pages/seed-wordpress/truth.json' with { type: 'json' }
import expected from '../../fixtures/pages/seed-wordpress/expected.json' with { type: 'json' }
import { joinBlocks, type ArticleDoc, type Entity, type EntityType, type Figure, type Span } from '../../../src/engine/doc.ts'

const HEADINGS = new Set(expected.blocks.filter((b) => b.type === 'h').map((b) => b.text))
const body = joinBlocks([
  { kind: 'image', src: truth.images[0], alt: 'الكرملين' },
  ...truth.body.map((text) => ({ kind: HEADINGS.has(text) ? ('heading' as const) : ('paragraph' as const), text })),
])

const LETTER = /\p{L}/u

function findAll(text: string, needle: string, taken: Span[]): Span[] {
  const out: Span[] = []
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length
    if (LETTER.test(text[end] ?? '')) continue
    if (taken.some((s) => s.start < end && at < s.end)) continue
    out.push({ start: at, end })
  }
  return out
}

/** Surface forms of one entity, longest first; the first is its display name. */
const ENTITY_FORMS: [EntityType, string[]][] = [
  ['person', ['دميتري بيسكوف', 'بيسكوف']],
  ['person', ['فلاديمير بوتين']],
  ['person', ['موسى أبو مرزوق']],
  ['person', ['علي باقري كني', 'علي باقري']],
  ['person', ['ماريا زاخاروفا']],
  ['person', ['ميخائيل بوغدانوف']],
  ['organization', ['وزارة الخارجية الروسية', 'الخارجية الروسية']],
  ['organization', ['السفارة الروسية']],
  ['organization', ['السفارة الإيرانية']],
  ['organization', ['السلطة الفلسطينية']],
  ['organization', ['الجيش الإسرائيلي']],
  ['organization', ['وزارة الصحة']],
  ['organization', ['كوميرسانت']],
  ['organization', ['الكرملين']],
  ['organization', ['حماس']],
  ['organization', ['تاس']],
  ['organization', ['فرانس24']],
  ['organization', ['رويترز']],
  ['organization', ['أ ف ب']],
  ['place', ['الولايات المتحدة']],
  ['place', ['الضفة الغربية']],
  ['place', ['الشرق الأوسط']],
  ['place', ['قطاع غزة']],
  ['place', ['موسكو']],
  ['place', ['روسيا']],
  ['place', ['إسرائيل']],
  ['place', ['إيران']],
  ['place', ['سوريا']],
  ['place', ['طهران']],
  ['place', ['غزة']],
]

const taken: Span[] = []
const entities: Entity[] = []
ENTITY_FORMS.forEach(([type, forms], i) => {
  const mentions: Span[] = []
  for (const form of forms) {
    const found = findAll(body.text, form, taken)
    mentions.push(...found)
    taken.push(...found)
  }
  mentions.sort((a, b) => a.start - b.start)
  if (mentions.length) entities.push({ id: `e${i}`, type, name: forms[0]!, mentions })
})

const figureSpecs: (Omit<Figure, 'start' | 'end'>)[] = [
  { text: '1400', kind: 'count', value: 1400, unit: 'person' },
  { text: 'سبعة آلاف', kind: 'count', value: 7000, unit: 'person' },
  { text: '220', kind: 'count', value: 220, unit: 'person', approx: 'more-than' },
  { text: 'ثلاثة أسابيع', kind: 'duration', value: 3, unit: 'week', approx: 'about' },
  { text: 'السابع من أكتوبر/ تشرين الأول', kind: 'date', date: { month: 10, day: 7 } },
]
const figures: Figure[] = figureSpecs
  .flatMap((spec) => findAll(body.text, spec.text, []).map((span) => ({ ...spec, ...span })))
  .sort((a, b) => a.start - b.start)

/** Sentences: up to and including . ؟ ! or the end of a block. */
const sentences: Span[] = []
for (const block of body.blocks) {
  if (block.kind === 'image') continue
  let start = block.start
  for (let i = block.start; i < block.end; i++) {
    if ('.؟!'.includes(body.text[i]!) && (i + 1 === block.end || body.text[i + 1] === ' ')) {
      sentences.push({ start, end: i + 1 })
      start = i + 2
    }
  }
  if (start < block.end) sentences.push({ start, end: block.end })
}

function sentenceWith(phrase: string): Span {
  const at = body.text.indexOf(phrase)
  const s = sentences.find((x) => x.start <= at && at < x.end)
  if (!s) throw new Error(`no sentence with ${phrase}`)
  return s
}

export const SEED_SUMMARY_PHRASES = ['قالت روسيا الجمعة', 'هذا، وقال دميتري بيسكوف', 'حصيلة القتلى تجاوزت سبعة آلاف']

export const seedDoc: ArticleDoc = {
  url: truth.url,
  canonicalUrl: truth.url,
  lang: 'ar',
  dir: 'rtl',
  title: truth.title,
  published: expected.published,
  siteName: expected.siteName,
  credit: truth.credit,
  ...body,
  sentences,
  entities,
  figures,
  summary: SEED_SUMMARY_PHRASES.map(sentenceWith),
}

/** Every expected name and figure surface form, for assertions. */
export const SEED_EXPECTED = {
  person: expected.entities.person,
  organization: expected.entities.organization,
  place: expected.entities.location,
  figures: expected.figures.map((f) => f.text),
}
