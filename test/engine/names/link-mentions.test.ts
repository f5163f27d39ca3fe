import { describe, expect, it } from 'vitest'
import type { ArticleDoc, Entity, EntityType } from '../../../src/engine/doc.ts'
import { linkMentions } from '../../../src/engine/components/link-mentions.ts'

/** Builds a doc whose text is the given phrases joined by " ، " and one entity per phrase. */
function docOf(mentions: [string, EntityType][]): ArticleDoc & { entities: Entity[] } {
  let text = ''
  const entities: Entity[] = []
  mentions.forEach(([surface, type], index) => {
    if (text) text += ' ، '
    entities.push({ id: `m${index}`, type, name: surface, mentions: [{ start: text.length, end: text.length + surface.length }] })
    text += surface
  })
  return { url: '', lang: 'ar', dir: 'rtl', title: '', text, blocks: [], entities }
}

function link(mentions: [string, EntityType][]) {
  const doc = docOf(mentions)
  const linked = linkMentions.run(doc).entities
  return linked.map((e) => ({ type: e.type, name: e.name, mentions: e.mentions.map((m) => doc.text.slice(m.start, m.end)) }))
}

describe('linkMentions', () => {
  it.each([
    ['a surname to the full name', [['دميتري بيسكوف', 'person'], ['بيسكوف', 'person']], 'دميتري بيسكوف'],
    ['a bare name to name + head', [['حماس', 'organization'], ['حركة حماس', 'organization']], 'حركة حماس'],
    ['a ministry short form to the full name', [['الخارجية الروسية', 'organization'], ['وزارة الخارجية الروسية', 'organization']], 'وزارة الخارجية الروسية'],
    ['a place to its usual name', [['غزة', 'place'], ['قطاع غزة', 'place']], 'قطاع غزة'],
  ] as [string, [string, EntityType][], string][])('links %s', (_label, mentions, name) => {
    const linked = link(mentions)
    expect(linked).toHaveLength(1)
    expect(linked[0].name).toBe(name)
    expect(linked[0].mentions).toHaveLength(2)
  })

  it('counts repeated mentions and keeps spellings with hamza variants together', () => {
    const linked = link([['موسكو', 'place'], ['موسكو', 'place'], ['إيران', 'place'], ['ايران', 'place']])
    expect(linked.map((e) => [e.name, e.mentions.length])).toEqual([['موسكو', 2], ['إيران', 2]])
  })

  it('gives a name spelled alike the type most of its mentions carry', () => {
    const linked = link([['حماس', 'organization'], ['حماس', 'person'], ['حماس', 'organization']])
    expect(linked).toEqual([{ type: 'organization', name: 'حماس', mentions: ['حماس', 'حماس', 'حماس'] }])
  })

  it('links spellings a long vowel apart, and their short forms', () => {
    const linked = link([
      ['آرون بوشنيل', 'person'],
      ['آرون بوشنل', 'person'],
      ['بوشنل', 'person'],
      ['آرون بوشنل', 'person'],
      ['دايلي ميل', 'organization'],
      ['ديلي ميل', 'organization'],
      ['سورية', 'place'],
      ['سوريا', 'place'],
    ])
    expect(linked.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ['person', 'آرون بوشنل', 4],
      ['organization', 'دايلي ميل', 2],
      ['place', 'سورية', 2],
    ])
  })

  it('keeps apart names a vowel apart that are different names, and other types', () => {
    const linked = link([
      ['محمد حسن', 'person'],
      ['محمد حسين', 'person'],
      ['سوريا', 'place'],
      ['سورية', 'organization'],
    ])
    expect(linked.map((e) => e.name)).toEqual(['محمد حسن', 'محمد حسين', 'سوريا', 'سورية'])
  })

  it('does not take a club into the organisation its name begins, but lets a body shorten to its head', () => {
    expect(link([['الهلال', 'organization'], ['الهلال الأحمر السعودي', 'organization']]).map((e) => e.name)).toEqual(['الهلال', 'الهلال الأحمر السعودي'])
    expect(link([['الاتحاد الأوروبي', 'organization'], ['الاتحاد', 'organization']]).map((e) => e.name)).toEqual(['الاتحاد الأوروبي'])
  })

  it('does not take a city into a facility named after it', () => {
    const linked = link([['سان أنطونيو', 'place'], ['سان أنطونيو بارك', 'place'], ['سان أنطونيو', 'place']])
    expect(linked.map((e) => [e.name, e.mentions.length])).toEqual([['سان أنطونيو', 2], ['سان أنطونيو بارك', 1]])
  })

  it('does not take a place into its surroundings or a part of it named after it', () => {
    const linked = link([
      ['دمشق', 'place'],
      ['ريف دمشق', 'place'],
      ['غزة', 'place'],
      ['غلاف غزة', 'place'],
      ['غلاف غزة', 'place'],
      ['السودان', 'place'],
      ['جنوب السودان', 'place'],
      ['أمريكا', 'place'],
      ['أمريكا اللاتينية', 'place'],
    ])
    expect(linked.map((e) => [e.name, e.mentions.length])).toEqual([
      ['دمشق', 1],
      ['ريف دمشق', 1],
      ['غزة', 1],
      ['غلاف غزة', 2],
      ['السودان', 1],
      ['جنوب السودان', 1],
      ['أمريكا', 1],
      ['أمريكا اللاتينية', 1],
    ])
  })

  it('does not take a place into the land or water named after it', () => {
    const linked = link([
      ['وادي الأردن', 'place'],
      ['الأردن', 'place'],
      ['دلتا النيل', 'place'],
      ['النيل', 'place'],
      ['سهل نينوى', 'place'],
      ['نينوى', 'place'],
      ['قطاع غزة', 'place'],
      ['غزة', 'place'],
      ['كوردستان العراق', 'place'],
      ['العراق', 'place'],
    ])
    expect(linked.map((e) => [e.name, e.mentions.length])).toEqual([
      ['وادي الأردن', 1],
      ['الأردن', 1],
      ['دلتا النيل', 1],
      ['النيل', 1],
      ['سهل نينوى', 1],
      ['نينوى', 1],
      ['قطاع غزة', 2],
      ['كوردستان العراق', 1],
      ['العراق', 1],
    ])
  })

  it('still takes a definite place name into the same name with its direction', () => {
    const linked = link([['الضفة الغربية', 'place'], ['الضفة', 'place'], ['محافظة شمال سيناء', 'place'], ['شمال سيناء', 'place']])
    expect(linked.map((e) => [e.name, e.mentions.length])).toEqual([['الضفة الغربية', 2], ['محافظة شمال سيناء', 2]])
  })

  it('joins an alias in brackets or after "المعروف ب" to the person, shown by the name', () => {
    const text = 'قال محمود عباس (أبو مازن) إن، ثم قال أبو مازن. وقال محمد حمدان دقلو المعروف بحميدتي إن'
    const at = (surface: string, from = 0) => {
      const start = text.indexOf(surface, from)
      return { start, end: start + surface.length }
    }
    const second = text.indexOf('أبو مازن') + 1
    const entities: Entity[] = [
      { id: 'a', type: 'person', name: 'محمود عباس', mentions: [at('محمود عباس')] },
      { id: 'b', type: 'person', name: 'أبو مازن', mentions: [at('أبو مازن'), at('أبو مازن', second)] },
      { id: 'c', type: 'person', name: 'محمد حمدان دقلو', mentions: [at('محمد حمدان دقلو')] },
      { id: 'd', type: 'person', name: 'حميدتي', mentions: [at('حميدتي')] },
    ]
    const linked = linkMentions.run({ url: '', lang: 'ar', dir: 'rtl', title: '', text, blocks: [], entities }).entities
    expect(linked.map((e) => [e.name, e.mentions.length])).toEqual([['محمود عباس', 3], ['محمد حمدان دقلو', 2]])
  })

  it('joins an acronym in brackets or a name after "المعروف ب" to the organisation, but not a different type', () => {
    const text = 'وقالت وكالة الأنباء السعودية (واس) إن. وهاجم تنظيم الدولة الإسلامية المعروف بداعش القرية. وفي الرياض (السعودية) أمس'
    const at = (surface: string) => {
      const start = text.indexOf(surface)
      return { start, end: start + surface.length }
    }
    const entities: Entity[] = [
      { id: 'a', type: 'organization', name: 'وكالة الأنباء السعودية', mentions: [at('وكالة الأنباء السعودية')] },
      { id: 'b', type: 'organization', name: 'واس', mentions: [at('واس')] },
      { id: 'c', type: 'organization', name: 'تنظيم الدولة الإسلامية', mentions: [at('تنظيم الدولة الإسلامية')] },
      { id: 'd', type: 'organization', name: 'داعش', mentions: [at('داعش')] },
      { id: 'e', type: 'place', name: 'الرياض', mentions: [at('الرياض')] },
      { id: 'f', type: 'place', name: 'السعودية', mentions: [at('السعودية)')] },
    ]
    entities[5].mentions[0].end -= 1
    const linked = linkMentions.run({ url: '', lang: 'ar', dir: 'rtl', title: '', text, blocks: [], entities }).entities
    expect(linked.map((e) => [e.name, e.mentions.length])).toEqual([['وكالة الأنباء السعودية', 2], ['تنظيم الدولة الإسلامية', 2], ['الرياض', 1], ['السعودية', 1]])
  })

  it('keeps a name in brackets closing a caption apart: the picture’s source, not an alias', () => {
    const text = 'وقال المتحدث لـ«الشرق الأوسط» إن المشروع بدأ.\n\nمختبر تابع لوزارة الزراعة (الشرق الأوسط)\n\nوقالت شركة تسويق النفط (سومو)'
    const at = (surface: string, from = 0) => {
      const start = text.indexOf(surface, from)
      return { start, end: start + surface.length }
    }
    const entities: Entity[] = [
      { id: 'a', type: 'organization', name: 'الشرق الأوسط', mentions: [at('الشرق الأوسط')] },
      { id: 'b', type: 'organization', name: 'وزارة الزراعة', mentions: [at('وزارة الزراعة')] },
      { id: 'c', type: 'organization', name: 'الشرق الأوسط', mentions: [at('الشرق الأوسط', 20)] },
      { id: 'd', type: 'organization', name: 'شركة تسويق النفط', mentions: [at('شركة تسويق النفط')] },
      { id: 'e', type: 'organization', name: 'سومو', mentions: [at('سومو')] },
    ]
    const caption = { kind: 'caption' as const, start: text.indexOf('مختبر'), end: text.indexOf('الأوسط)', 20) + 7 }
    const paragraph = { kind: 'paragraph' as const, start: text.indexOf('وقالت شركة'), end: text.length }
    const linked = linkMentions.run({ url: '', lang: 'ar', dir: 'rtl', title: '', text, blocks: [caption, paragraph], entities }).entities
    expect(linked.map((e) => [e.name, e.mentions.length])).toEqual([['الشرق الأوسط', 2], ['وزارة الزراعة', 1], ['شركة تسويق النفط', 2]])
  })

  it('keeps apart two persons in a list with brackets elsewhere', () => {
    const linked = link([['محمد علي', 'person'], ['أحمد حسن', 'person']])
    expect(linked).toHaveLength(2)
  })

  it('does not link names of different types by containment', () => {
    const linked = link([['واشنطن', 'place'], ['واشنطن بوست', 'organization']])
    expect(linked).toHaveLength(2)
  })

  it('sends a shared given name to the person mentioned most', () => {
    const linked = link([['علي باقري', 'person'], ['علي باقري', 'person'], ['علي حسن', 'person'], ['علي', 'person']])
    const bagheri = linked.find((e) => e.name === 'علي باقري')!
    expect(bagheri.mentions).toHaveLength(3)
  })

  it('reads a one-mention entity by its name: an article given back groups with the plain form', () => {
    const doc = docOf([['الجيش الأمريكي', 'organization'], ['لجيش الأمريكي', 'organization']])
    doc.entities[1].name = 'الجيش الأمريكي'
    const linked = linkMentions.run(doc).entities
    expect(linked.map((e) => [e.name, e.mentions.length])).toEqual([['الجيش الأمريكي', 2]])
  })

  it('numbers entities in the order of their first mention', () => {
    const doc = docOf([['روسيا', 'place'], ['بوتين', 'person'], ['روسيا', 'place']])
    expect(linkMentions.run(doc).entities.map((e) => [e.id, e.name])).toEqual([['e1', 'روسيا'], ['e2', 'بوتين']])
  })
})
