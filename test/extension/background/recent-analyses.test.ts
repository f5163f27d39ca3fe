import { describe, expect, it } from 'vitest'
import {
  createRecentAnalyses,
  findRecent,
  findRecentCopy,
  readRecent,
  readRecentCopy,
  sessionArea,
} from '../../../src/extension/background/recent-analyses.ts'
import { joinBlocks, type ArticleDoc } from '../../../src/engine/doc.ts'
import { fakeSessionArea } from './fake-session-area.ts'

const doc = (title: string, text = 'قالت روسيا الجمعة إن الوفد زار موسكو.'): ArticleDoc => ({
  url: `https://a.example/${title}`, lang: 'ar', dir: 'rtl', title, ...joinBlocks([{ kind: 'paragraph', text }]),
})

/** The items holding copies, in the area's order. */
const copyItems = (area: { items: Record<string, unknown> }) => Object.keys(area.items).filter((item) => item.startsWith('recentCopy:')).sort()

describe('recent analyses', () => {
  it('finds a served analysis by either of its addresses, at its version only', async () => {
    const area = fakeSessionArea()
    await createRecentAnalyses(area).remember({ keys: ['https://a.example/canonical', 'https://a.example/read'], version: 'v1', analysis: doc('one') })
    expect((await findRecentCopy(area, 'https://a.example/read', 'v1'))?.title).toBe('one')
    expect((await findRecentCopy(area, 'https://a.example/canonical', 'v1'))?.title).toBe('one')
    expect(await findRecentCopy(area, 'https://a.example/read', 'v2')).toBeUndefined()
    expect(await findRecentCopy(area, 'https://a.example/other', 'v1')).toBeUndefined()
  })

  it('reads the index and the newest copy in one round trip, an older copy in one more, and no other copy', async () => {
    const area = fakeSessionArea()
    const recent = createRecentAnalyses(area)
    await recent.remember({ keys: ['k1'], version: 'v', analysis: doc('t1') })
    await recent.remember({ keys: ['k2'], version: 'v', analysis: doc('t2') })
    await recent.remember({ keys: ['k3'], version: 'v', analysis: doc('t3') })
    const reads: (string | string[])[] = []
    const counting = { ...area, get: (keys: string | string[]) => (reads.push(keys), area.get(keys)) }
    const copies = await readRecent(counting)
    expect(copies.entries.map((e) => e.keys)).toEqual([['k3'], ['k2'], ['k1']])
    expect(JSON.stringify(copies.entries)).not.toContain('قالت')
    expect((await readRecentCopy(counting, findRecent(copies.entries, 'k3', 'v')!, copies))?.title).toBe('t3')
    expect(reads).toHaveLength(1)
    expect((await readRecentCopy(counting, findRecent(copies.entries, 'k1', 'v')!, copies))?.title).toBe('t1')
    expect(reads).toEqual([['recentIndex', 'recentCopy:newest'], 'recentCopy:page:k1'])
  })

  it('keeps the newest four, one copy per article, and removes the items of the others', async () => {
    const area = fakeSessionArea()
    const recent = createRecentAnalyses(area)
    for (const n of [1, 2, 3, 4, 5]) void recent.remember({ keys: [`k${n}`], version: 'v', analysis: doc(`t${n}`) })
    await recent.remember({ keys: ['k3'], version: 'v', analysis: doc('t3 again') })
    expect((await readRecent(area)).entries.map((e) => e.keys)).toEqual([['k3'], ['k5'], ['k4'], ['k2']])
    expect(await Promise.all(['k3', 'k5', 'k4', 'k2'].map(async (k) => (await findRecentCopy(area, k, 'v'))?.title))).toEqual(['t3 again', 't5', 't4', 't2'])
    expect(copyItems(area)).toEqual(['recentCopy:newest', 'recentCopy:page:k2', 'recentCopy:page:k4', 'recentCopy:page:k5'])
  })

  it('replaces the copy of an article read again under another address', async () => {
    const area = fakeSessionArea()
    const recent = createRecentAnalyses(area)
    await recent.remember({ keys: ['canonical', 'read-1'], version: 'v', analysis: doc('first') })
    await recent.remember({ keys: ['other'], version: 'v', analysis: doc('other') })
    await recent.remember({ keys: ['read-2', 'canonical'], version: 'v', analysis: doc('second') })
    expect((await readRecent(area)).entries.map((e) => e.keys)).toEqual([['read-2', 'canonical'], ['other']])
    expect((await findRecentCopy(area, 'canonical', 'v'))?.title).toBe('second')
    expect((await findRecentCopy(area, 'read-1', 'v'))?.title).toBeUndefined()
    expect(copyItems(area)).toEqual(['recentCopy:newest', 'recentCopy:page:other'])
  })

  it('holds no copy of an analysis too large for the session area', async () => {
    const area = fakeSessionArea()
    const recent = createRecentAnalyses(area)
    await recent.remember({ keys: ['small'], version: 'v', analysis: doc('small') })
    await recent.remember({ keys: ['big'], version: 'v', analysis: doc('big', 'كلمة '.repeat(700_000)) })
    expect((await readRecent(area)).entries.map((e) => e.keys)).toEqual([['small']])
    expect(await findRecentCopy(area, 'big', 'v')).toBeUndefined()
    expect((await findRecentCopy(area, 'small', 'v'))?.title).toBe('small')
  })

  it('forgets one article, or all', async () => {
    const area = fakeSessionArea()
    const recent = createRecentAnalyses(area)
    await recent.remember({ keys: ['a'], version: 'v', analysis: doc('a') })
    await recent.remember({ keys: ['b', 'b2'], version: 'v', analysis: doc('b') })
    await recent.forget('b2')
    expect((await readRecent(area)).entries.map((e) => e.keys)).toEqual([['a']])
    expect((await findRecentCopy(area, 'a', 'v'))?.title).toBe('a')
    expect(copyItems(area)).toEqual(['recentCopy:page:a'])
    await recent.forget()
    expect((await readRecent(area)).entries).toEqual([])
    expect(copyItems(area)).toEqual([])
  })

  it('leaves out what is malformed, and answers nothing without storage.session or on a failure', async () => {
    const area = fakeSessionArea()
    const good = { keys: ['y'], version: 'v', item: 'recentCopy:page:y', chars: 10 }
    area.items.recentIndex = [{ keys: ['x'], version: 'v', item: 'elsewhere', chars: 1 }, 'junk', { keys: [], version: 'v', item: 'recentCopy:newest', chars: 1 }, good]
    const copies = await readRecent(area)
    expect(copies.entries.map((e) => e.keys)).toEqual([['y']])
    // An index entry whose item is gone (forgotten meanwhile) or holds no analysis is a miss.
    expect(await readRecentCopy(area, good, copies)).toBeUndefined()
    area.items['recentCopy:page:y'] = { title: 'no text' }
    expect(await readRecentCopy(area, good, copies)).toBeUndefined()
    area.items['recentCopy:page:y'] = doc('y')
    expect((await readRecentCopy(area, good, copies))?.title).toBe('y')
    const newest = { ...good, item: 'recentCopy:newest' }
    expect(await readRecentCopy(area, newest, { entries: [newest], newest: 'junk' })).toBeUndefined()
    expect((await readRecent(undefined)).entries).toEqual([])
    expect(await readRecentCopy(undefined, good, copies)).toBeUndefined()
    const failing = { get: () => Promise.reject(new Error('gone')), set: async () => {}, remove: async () => {} }
    expect((await readRecent(failing)).entries).toEqual([])
    expect(await readRecentCopy(failing, good, copies)).toBeUndefined()
    await expect(createRecentAnalyses(undefined).remember({ keys: ['a'], version: 'v', analysis: doc('a') })).resolves.toBeUndefined()
    await expect(createRecentAnalyses(failing).remember({ keys: ['a'], version: 'v', analysis: doc('a') })).resolves.toBeUndefined()
    expect(sessionArea({})).toBeUndefined()
    expect(sessionArea(undefined)).toBeUndefined()
  })

  it('drops a newest copy that was lost or damaged instead of moving it', async () => {
    const area = fakeSessionArea()
    const recent = createRecentAnalyses(area)
    await recent.remember({ keys: ['a'], version: 'v', analysis: doc('a') })
    area.items['recentCopy:newest'] = { title: 'damaged' }
    await recent.remember({ keys: ['b'], version: 'v', analysis: doc('b') })
    expect((await readRecent(area)).entries.map((e) => e.keys)).toEqual([['b']])
    expect(copyItems(area)).toEqual(['recentCopy:newest'])
  })
})
