import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine/doc.ts'
import { datelineEnd } from '../../../src/engine/summary/trim-dateline.ts'

/** The sentence's text from datelineEnd, with the given words found as places. */
function trimmed(sentence: string, places: string[]): string {
  const entities: Entity[] = places.map((place, i) => {
    const start = sentence.indexOf(place)
    return { id: `e${i}`, type: 'place', name: place, mentions: [{ start, end: start + place.length }] }
  })
  return sentence.slice(datelineEnd(sentence, { start: 0, end: sentence.length }, entities))
}

describe('datelineEnd', () => {
  it.each([
    ['دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن فصائل مسلحة سيطرت', ['دمشق', 'سوريا'], 'أكدت جهات سورية معارضة أن فصائل مسلحة سيطرت'],
    ['القاهرة - (أ ش أ): قال وزير الخارجية إن المباحثات مستمرة', ['القاهرة'], 'قال وزير الخارجية إن المباحثات مستمرة'],
    ['بيروت - «القدس العربي»: أعلن الجيش اللبناني انتشاره في الجنوب', ['بيروت'], 'أعلن الجيش اللبناني انتشاره في الجنوب'],
    ['غزة- رويترز: قال مسؤولون في القطاع إن القصف تواصل', ['غزة'], 'قال مسؤولون في القطاع إن القصف تواصل'],
    ['واشنطن – قال الرئيس الأمريكي إن بلاده تدعم الحل', ['واشنطن'], 'قال الرئيس الأمريكي إن بلاده تدعم الحل'],
    ['دبي في 14 نوفمبر/ وام/ أصدر ولي عهد دبي القرار رقم (47) لسنة 2024', ['دبي'], 'أصدر ولي عهد دبي القرار رقم (47) لسنة 2024'],
    ['الرياض 18 جمادى الأولى 1446 هـ الموافق 20 نوفمبر 2024 م واس أعلنت وزارة السياحة أن الإنفاق ارتفع', ['الرياض'], 'أعلنت وزارة السياحة أن الإنفاق ارتفع'],
  ])('takes the dateline off %s', (sentence, places, rest) => {
    expect(trimmed(sentence, places)).toBe(rest)
  })

  it.each([
    ['أكدت الوزارة: إن المباحثات ستستأنف الأسبوع المقبل', []],
    ['موسكو تدعو إلى وقف إطلاق النار في غزة فورا', ['موسكو', 'غزة']],
    ['قالت روسيا - مدافعة عن قرارها - إنه من الضروري الحفاظ على التواصل', ['روسيا']],
    ['القاهرة - قال', ['القاهرة']],
    ['دبي في 14 نوفمبر استقبلت الإمارة وفدا من وام', ['دبي']],
    ['دبي في 14 نوفمبر استقبلت الإمارة وفدا من وام والوزارة', ['دبي']],
  ])('leaves %s whole', (sentence, places) => {
    expect(trimmed(sentence, places)).toBe(sentence)
  })
})
