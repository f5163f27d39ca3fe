import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeHtml } from '../../src/cli/parse-html.ts'

/** A saved page to time: its HTML (decoded as UTF-8, whatever it declares) and the address it had. */
export interface BenchPage {
  id: string
  /** 'shared' for the real pages in ../shared/data/pages (or --pages DIR), 'fixture' for the project's own. */
  group: 'shared' | 'fixture'
  html: string
  url?: string
  /** The language its truth.json names (ar, fa, ur, en …), when it names one. */
  lang?: string
  /** Whether its truth.json calls it an article (listings, home and video pages are not). */
  isArticle: boolean
}

export const DEFAULT_SHARED_DIR = '../shared/data/pages'
export const FIXTURES_DIR = 'test/fixtures/pages'

interface PageJson {
  url?: string
  lang?: string
  isArticle?: boolean
}

function readJson(path: string): PageJson {
  if (!existsSync(path)) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PageJson
  } catch {
    return {}
  }
}

/**
 * Every DIR/<id>/source.html, sorted by id. The address comes from meta.json (the real pages) or
 * truth.json (the fixtures): the extractor reads dates and listing paths from it.
 */
export function loadPages(dir: string, group: BenchPage['group']): BenchPage[] {
  if (!existsSync(dir)) return []
  const pages: BenchPage[] = []
  for (const id of readdirSync(dir).sort()) {
    const source = join(dir, id, 'source.html')
    if (!existsSync(source)) continue
    const truth = readJson(join(dir, id, 'truth.json'))
    const meta = readJson(join(dir, id, 'meta.json'))
    const url = meta.url ?? truth.url
    pages.push({
      id,
      group,
      html: decodeHtml(readFileSync(source)),
      ...(url ? { url } : {}),
      ...(truth.lang ?? meta.lang ? { lang: truth.lang ?? meta.lang } : {}),
      isArticle: truth.isArticle !== false,
    })
  }
  return pages
}

/** Languages written in Arabic script: the pages the reader is for. */
export function isArabicScript(lang: string | undefined): boolean {
  return lang === 'ar' || lang === 'fa' || lang === 'ur'
}
