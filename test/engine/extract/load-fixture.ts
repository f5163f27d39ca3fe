import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseHtml } from '../../../src/cli/parse-html.ts'

/** The project's page fixtures (vitest runs from the repo root). */
export const FIXTURES_DIR = resolve(process.cwd(), 'test/fixtures/pages')

export interface PageTruth {
  id?: string
  url?: string
  lang?: string
  isArticle: boolean
  title?: string
  published?: string | null
  byline?: string | null
  credit?: string | null
  body?: string[]
  images?: string[]
  mustNotContain?: string[]
  reason?: string
}

export interface PageFixture {
  slug: string
  html: string
  truth: PageTruth
  url: string | undefined
  /** A fresh DOM of the page each call. */
  document(): Document
}

/** The pages in the markup of sixteen Arabic news sites (data/extract-pages/README.md). */
export const SITE_PAGES_DIR = resolve(process.cwd(), 'data/extract-pages')

export function loadFixture(slug: string, root = FIXTURES_DIR): PageFixture {
  const dir = join(root, slug)
  const html = readFileSync(join(dir, 'source.html'), 'utf8')
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as PageTruth
  const url = truth.url
  return { slug, html, truth, url, document: () => parseHtml(html, url) }
}

export function listFixtures(root = FIXTURES_DIR): string[] {
  return readdirSync(root).filter((slug) => existsSync(join(root, slug, 'truth.json'))).sort()
}
