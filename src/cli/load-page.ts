import { readFile } from 'node:fs/promises'
import { decodeHtml, parseHtml } from './parse-html.ts'

export interface PageArgs {
  file: string
  url?: string
  json: boolean
}

/** Parses `[--json] [--url URL] FILE`, the arguments every page command takes. */
export function parsePageArgs(args: string[]): PageArgs | { error: string } {
  let url: string | undefined
  let file: string | undefined
  let json = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--json') json = true
    else if (arg === '--url') url = args[++i]
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length)
    else if (arg.startsWith('-')) return { error: `unknown option ${arg}` }
    else if (file) return { error: `one file at a time (got ${file} and ${arg})` }
    else file = arg
  }
  if (!file) return { error: 'no FILE given' }
  if (url !== undefined && !/^https?:\/\//iu.test(url)) return { error: `--url must be an http(s) URL, got ${url}` }
  return { file, url, json }
}

/** Reads a saved page as UTF-8 (parse-html.ts says why) and parses it. */
export async function loadPage(file: string, url?: string): Promise<Document> {
  return parseHtml(decodeHtml(await readFile(file)), url)
}
