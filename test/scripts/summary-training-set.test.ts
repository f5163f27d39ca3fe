import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTrainingFingerprints, TRAINING_SET_FILE, writeTrainingSet } from '../../scripts/summary-training-set.ts'
import { articleFingerprint, DEFAULT_EASC_DIR, loadEasc } from '../../scripts/summary-data.ts'

describe("the summary model's training articles (summary-training-set.ts)", () => {
  it('knows an article by its text, whatever its byte-order mark, and tells a changed one apart', () => {
    const text = 'قالت روسيا الجمعة إنه من الضروري الحفاظ على التواصل.\r\n'
    expect(articleFingerprint(text)).toMatch(/^[0-9a-f]{16}$/u)
    expect(articleFingerprint(`\uFEFF${text}`)).toBe(articleFingerprint(text))
    expect(articleFingerprint(`${text}\n`)).not.toBe(articleFingerprint(text))
  })

  it('reads back the fingerprints it writes, and says when there is no list', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qari-training-set-')), 'training-articles.json')
    expect(readTrainingFingerprints(path)).toBeUndefined()
    writeTrainingSet({ corpus: 'test', articles: [{ topic: 'Topic1', fingerprint: 'ab' }, { topic: 'Topic2', fingerprint: 'cd' }] }, path)
    expect(readTrainingFingerprints(path)).toEqual(new Set(['ab', 'cd']))
  })

  it('lists every EASC article of ../shared/data the shipped model learned from, once each', () => {
    const fingerprints = readTrainingFingerprints(TRAINING_SET_FILE)
    expect(fingerprints?.size).toBe(76)
    // The data is read from ../shared (present in CI); without it the list is still checked above.
    if (!existsSync(join(DEFAULT_EASC_DIR, 'Articles'))) return
    // The articles as the trainer reads them (no names or figures: the fingerprint is of the file).
    const articles = loadEasc(DEFAULT_EASC_DIR, [])
    expect(articles).toHaveLength(76)
    for (const { topic, fingerprint } of articles) expect(fingerprints?.has(fingerprint), topic).toBe(true)
  })
})
