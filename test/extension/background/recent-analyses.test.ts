import { describe, expect, it } from 'vitest'
import { createRecentAnalyses, findRecent, readRecent, sessionArea, type SessionArea } from '../../../src/extension/background/recent-analyses.ts'
import { joinBlocks, type ArticleDoc } from '../../../src/engine/doc.ts'

const doc = (title: string, text = 'قالت روسيا الجمعة إن الوفد زار موسكو.'): ArticleDoc => ({
  url: `https://a.example/${title}`, lang: 'ar', dir: 'rtl', title, ...joinBlocks([{ kind: 'paragraph', text }]),
})

/** storage.session as the browser keeps it: a structured copy per set. */
function fakeArea(): SessionArea & { items: Record<string, unknown> } {
  const area = {
    items: {} as Record<string, unknown>,
    async get(key: string) {
      return key in area.items ? { [key]: structuredClone(area.items[key]) } : {}
    },
    async set(items: Record<string, unknown>) {
      Object.assign(area.items, structuredClone(items))
    },
  }
  return area
}

describe('recent analyses', () => {
  it('finds a served analysis by either of its addresses, at its version only', async () => {
    const area = fakeArea()
    await createRecentAnalyses(area).remember({ keys: ['https://a.example/canonical', 'https://a.example/read'], version: 'v1', analysis: doc('one') })
    const entries = await readRecent(area)
    expect(findRecent(entries, 'https://a.example/read', 'v1')?.title).toBe('one')
    expect(findRecent(entries, 'https://a.example/canonical', 'v1')?.title).toBe('one')
    expect(findRecent(entries, 'https://a.example/read', 'v2')).toBeUndefined()
    expect(findRecent(entries, 'https://a.example/other', 'v1')).toBeUndefined()
  })

  it('keeps the newest four, one copy per article', async () => {
    const area = fakeArea()
    const recent = createRecentAnalyses(area)
    for (const n of [1, 2, 3, 4, 5]) void recent.remember({ keys: [`k${n}`], version: 'v', analysis: doc(`t${n}`) })
    await recent.remember({ keys: ['k3'], version: 'v', analysis: doc('t3 again') })
    expect((await readRecent(area)).map((e) => e.analysis.title)).toEqual(['t3 again', 't5', 't4', 't2'])
  })

  it('holds no copy of an analysis too large for the session area', async () => {
    const area = fakeArea()
    const recent = createRecentAnalyses(area)
    await recent.remember({ keys: ['big'], version: 'v', analysis: doc('big', 'كلمة '.repeat(700_000)) })
    expect(await readRecent(area)).toEqual([])
  })

  it('forgets one article, or all', async () => {
    const area = fakeArea()
    const recent = createRecentAnalyses(area)
    await recent.remember({ keys: ['a'], version: 'v', analysis: doc('a') })
    await recent.remember({ keys: ['b', 'b2'], version: 'v', analysis: doc('b') })
    await recent.forget('b2')
    expect((await readRecent(area)).map((e) => e.analysis.title)).toEqual(['a'])
    await recent.forget()
    expect(await readRecent(area)).toEqual([])
  })

  it('leaves out what is malformed, and answers nothing without storage.session or on a failure', async () => {
    const area = fakeArea()
    area.items.recentAnalyses = [{ keys: ['x'], version: 'v', analysis: { title: 'no text' } }, 'junk', { keys: ['y'], version: 'v', analysis: doc('y') }]
    expect((await readRecent(area)).map((e) => e.keys)).toEqual([['y']])
    expect(await readRecent(undefined)).toEqual([])
    expect(await readRecent({ get: () => Promise.reject(new Error('gone')), set: async () => {} })).toEqual([])
    await expect(createRecentAnalyses(undefined).remember({ keys: ['a'], version: 'v', analysis: doc('a') })).resolves.toBeUndefined()
    expect(sessionArea({})).toBeUndefined()
    expect(sessionArea(undefined)).toBeUndefined()
  })
})
