import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

/** One shipped part of the extension: the files it loads and their bytes, raw and gzipped. */
export interface BundlePart {
  name: string
  files: string[]
  raw: number
  gzip: number
}

const PATTERNS = {
  /** Scripts and preloaded modules an HTML page loads (Vite writes root-relative paths). */
  htmlScript: /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.js)"/gu,
  /**
   * Static imports in built ES modules: `import{a}from"./x.js"`, `export*from"./x.js"`,
   * `import"./x.js"`. Dynamic `import("./x.js")` has a parenthesis and is not matched: it loads later,
   * when asked for (the names model), not before the first paint.
   */
  staticImport: /\bfrom\s*["']([^"']+\.js)["']|\bimport\s*["']([^"']+\.js)["']/gu,
  htmlStyle: /<link\b[^>]*?\bhref="([^"]+\.css)"/gu,
  font: /\.(?:woff2?|ttf|otf)$/u,
  namesModel: /names-model/u,
} as const

/** Bytes gzipped at level 9, as a server or a store would compress them. */
export function gzipBytes(content: Uint8Array): number {
  return gzipSync(content, { level: 9 }).length
}

function part(dir: string, name: string, files: string[]): BundlePart {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const content = readFileSync(join(dir, file))
    raw += content.length
    gzip += gzipBytes(content)
  }
  return { name, files, raw, gzip }
}

/** A path inside the extension, from a root-relative or relative reference in `fromFile`. */
function resolveRef(fromFile: string, ref: string): string {
  if (ref.startsWith('/')) return posix.normalize(ref.slice(1))
  return posix.normalize(posix.join(posix.dirname(fromFile), ref))
}

/**
 * Every script an extension page loads before it can run: the HTML's scripts and module preloads,
 * then each one's static imports, transitively. Fonts and the names model are left out on purpose
 * (fonts are not JavaScript; the model is a dynamic import the first paint never waits for).
 */
export function pageScripts(dir: string, htmlFile: string): string[] {
  const html = readFileSync(join(dir, htmlFile), 'utf8')
  const queue = [...html.matchAll(PATTERNS.htmlScript)].map((m) => resolveRef(htmlFile, m[1]!))
  return moduleClosure(dir, queue)
}

/** The files `entries` load by static import, transitively, entries included, in load order. */
export function moduleClosure(dir: string, entries: string[]): string[] {
  const queue = [...entries]
  const seen: string[] = []
  while (queue.length) {
    const file = queue.shift()!
    if (seen.includes(file) || PATTERNS.font.test(file) || PATTERNS.namesModel.test(file)) continue
    if (!existsSync(join(dir, file))) continue
    seen.push(file)
    const code = readFileSync(join(dir, file), 'utf8')
    for (const m of code.matchAll(PATTERNS.staticImport)) queue.push(resolveRef(file, (m[1] ?? m[2])!))
  }
  return seen
}

function walk(dir: string, base = ''): string[] {
  const out: string[] = []
  for (const entry of readdirSync(join(dir, base))) {
    const rel = base ? `${base}/${entry}` : entry
    if (statSync(join(dir, rel)).isDirectory()) out.push(...walk(dir, rel))
    else out.push(rel)
  }
  return out.sort()
}

interface Manifest {
  content_scripts?: { js?: string[] }[]
  background?: { service_worker?: string; scripts?: string[] }
}

/** The detector content script(s) the manifest declares (one self-contained file). */
export function detectorFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
  const files = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? [])
  return [...new Set(files)].filter((f) => existsSync(join(dir, f)))
}

/**
 * The shipped parts of one built extension (dist/chrome or dist/firefox). The background includes
 * everything it imports statically; in Chrome that carries the names model as a string, since a
 * service worker may not import() it later.
 */
export function measureBundles(dir: string): BundlePart[] {
  const files = walk(dir)
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
  const backgroundEntries = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? [])
  const background = moduleClosureWithModel(dir, backgroundEntries)
  const parts: BundlePart[] = [
    part(dir, 'detector content script', detectorFiles(dir)),
    part(dir, 'extractor (injected)', files.filter((f) => f === 'extract-page.js')),
    part(dir, 'popup JS', pageScripts(dir, 'popup.html')),
    part(dir, 'popup CSS', popupStyles(dir)),
    part(dir, 'background', background),
    part(dir, 'fonts', files.filter((f) => PATTERNS.font.test(f))),
  ]
  // The worker carries the model in its own bundle; a build that also emits it as a chunk of its own
  // (the engine's dynamic import, once shipped unused beside it) shows it on a row of its own.
  const modelChunks = files.filter((f) => PATTERNS.namesModel.test(f) && f.endsWith('.js'))
  if (modelChunks.length) parts.splice(parts.length - 1, 0, part(dir, 'names model chunk', modelChunks))
  return parts
}

/** Like moduleClosure, but the background's model chunk (if it imports one statically) counts. */
function moduleClosureWithModel(dir: string, entries: string[]): string[] {
  const queue = [...entries]
  const seen: string[] = []
  while (queue.length) {
    const file = queue.shift()!
    if (seen.includes(file) || !existsSync(join(dir, file))) continue
    seen.push(file)
    const code = readFileSync(join(dir, file), 'utf8')
    for (const m of code.matchAll(PATTERNS.staticImport)) queue.push(resolveRef(file, (m[1] ?? m[2])!))
  }
  return seen
}

function popupStyles(dir: string): string[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8')
  return [...html.matchAll(PATTERNS.htmlStyle)].map((m) => resolveRef('popup.html', m[1]!)).filter((f) => existsSync(join(dir, f)))
}

/** Whether `dir` holds a built extension to measure. */
export function isBuilt(dir: string): boolean {
  return existsSync(join(dir, 'manifest.json')) && existsSync(join(dir, 'popup.html'))
}
