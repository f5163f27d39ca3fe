import { describe, expect, it } from 'vitest'
import { analyzeArticle, ANALYSIS_LIMIT } from '../../src/engine/index.ts'
import { joinBlocks, type ArticleDoc } from '../../src/engine/doc.ts'

const PARAGRAPH = 'قال المتحدث باسم الكرملين دميتري بيسكوف إن أكثر من سبعة آلاف شخص شاركوا في الاجتماع يوم السابع من أكتوبر.'

function docOf(paragraphs: string[]): ArticleDoc {
  return { url: 'https://a.example/1', lang: 'ar', dir: 'rtl', title: 'عنوان', ...joinBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))) }
}

describe('analyzeArticle', () => {
  it('adds every layer to a normal article, without a cut', async () => {
    const doc = await analyzeArticle(docOf([PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH]))
    expect(doc.analysedLength).toBeUndefined()
    expect(doc.sentences?.length).toBe(4)
    expect(doc.entities?.some((e) => e.name === 'دميتري بيسكوف')).toBe(true)
    expect(doc.figures?.some((f) => f.value === 7000)).toBe(true)
    expect(doc.summary?.length).toBeGreaterThan(0)
  })

  it('looks for no names in a Persian article, and does not load the names model for it', async () => {
    let loads = 0
    const namesModel = () => {
      loads++
      return Promise.reject(new Error('not wanted'))
    }
    const doc = await analyzeArticle({ ...docOf(['امروز از آغاز ثبت‌نام ۱۲ هزار نهال رایگان خبر داد.']), lang: 'fa' }, { namesModel })
    expect(loads).toBe(0)
    expect(doc.entities).toBeUndefined()
    expect(doc.errors ?? []).toEqual([])
    expect(doc.summary?.length).toBeGreaterThan(0)
  })

  it('analyses a very long text up to a block boundary and keeps the whole text and blocks', async () => {
    const paragraphs = Array.from({ length: Math.ceil((ANALYSIS_LIMIT * 1.5) / PARAGRAPH.length) }, () => PARAGRAPH)
    const input = docOf(paragraphs)
    const doc = await analyzeArticle(input)
    expect(doc.text).toBe(input.text)
    expect(doc.blocks).toEqual(input.blocks)
    expect(doc.analysedLength).toBeLessThanOrEqual(ANALYSIS_LIMIT)
    expect(input.blocks.some((b) => b.end === doc.analysedLength)).toBe(true)
    for (const figure of doc.figures!) {
      expect(figure.end).toBeLessThanOrEqual(doc.analysedLength!)
      expect(doc.text.slice(figure.start, figure.end)).toBe(figure.text)
    }
  })
})
