/**
 * Least privilege (issue 8), checked on what ships: the built manifests in dist/chrome and dist/firefox
 * (after `npm run build`) and the manifest src/manifest.ts produces for each target. Qari asks for
 * activeTab, scripting and storage; runs its detector and reads pages without a click only on the listed
 * news sites; asks for all sites only as an optional permission; locks extension pages to its own
 * scripts; exposes no file to web pages; and lets no page or other extension message it.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeManifest, type Target } from '../../src/manifest.ts'
import { NEWS_SITE_PATTERNS } from '../../src/extension/news-sites.ts'
import { ROOT } from './source-scan.ts'

interface Manifest {
  manifest_version: number
  permissions?: string[]
  optional_permissions?: string[]
  host_permissions?: string[]
  optional_host_permissions?: string[]
  content_scripts?: { matches: string[]; js?: string[]; all_frames?: boolean; world?: string; match_about_blank?: boolean }[]
  content_security_policy?: unknown
  web_accessible_resources?: unknown
  externally_connectable?: unknown
  sandbox?: unknown
  [key: string]: unknown
}

const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage']

const PATTERNS = {
  /** A match pattern: scheme, host, path. */
  matchPattern: /^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)$/u,
  /** A host of a listed site: letters, digits, dots and dashes, optionally `*.` in front. */
  siteHost: /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/u,
  directiveSplit: /\s*;\s*/u,
  space: /\s+/u,
} as const

/** True for a pattern that reaches beyond named sites: <all_urls>, *://*, a bare TLD wildcard. */
function isBroad(pattern: string): boolean {
  if (pattern === '<all_urls>') return true
  const match = PATTERNS.matchPattern.exec(pattern)
  if (!match) return true
  return !PATTERNS.siteHost.test(match[2]!)
}

function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(PATTERNS.directiveSplit).filter(Boolean)) {
    const [name, ...values] = part.trim().split(PATTERNS.space)
    directives.set(name!.toLowerCase(), values)
  }
  return directives
}

/** The checks every manifest must pass; `label` says which one failed. */
function checkManifest(label: string, manifest: Manifest) {
  describe(label, () => {
    it('is Manifest V3', () => {
      expect(manifest.manifest_version).toBe(3)
    })

    it('asks for exactly activeTab, scripting and storage', () => {
      expect([...(manifest.permissions ?? [])].sort()).toEqual(ALLOWED_PERMISSIONS)
      expect(manifest.optional_permissions ?? []).toEqual([])
    })

    it('has host permissions only for the listed news sites, none broad', () => {
      const hosts = manifest.host_permissions ?? []
      expect(hosts.filter(isBroad)).toEqual([])
      expect(new Set(hosts)).toEqual(new Set(NEWS_SITE_PATTERNS))
    })

    it('asks for all sites only as an optional host permission', () => {
      for (const pattern of manifest.optional_host_permissions ?? []) {
        expect(['http://*/*', 'https://*/*', '<all_urls>', '*://*/*']).toContain(pattern)
      }
    })

    it('runs content scripts only on the listed news sites, in the isolated world, top frame only', () => {
      const scripts = manifest.content_scripts ?? []
      expect(scripts.length).toBeGreaterThan(0)
      for (const script of scripts) {
        expect(script.matches.filter(isBroad)).toEqual([])
        expect(script.matches.filter((m) => !NEWS_SITE_PATTERNS.includes(m))).toEqual([])
        expect(script.world ?? 'ISOLATED').toBe('ISOLATED')
        expect(script.all_frames ?? false).toBe(false)
        expect(script.match_about_blank ?? false).toBe(false)
      }
    })

    it("locks extension pages to script-src 'self' and object-src 'none'", () => {
      const csp = manifest.content_security_policy as { extension_pages?: string; sandbox?: string } | undefined
      expect(typeof csp?.extension_pages).toBe('string')
      const directives = parseCsp(csp!.extension_pages!)
      expect(directives.get('script-src')).toEqual(["'self'"])
      expect(directives.get('object-src')).toEqual(["'none'"])
      // No relaxation anywhere else in the policy either.
      expect(csp!.extension_pages).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/u)
      expect(csp!.sandbox).toBeUndefined()
    })

    it('exposes no file to web pages and accepts no outside messages', () => {
      expect(manifest.web_accessible_resources).toBeUndefined()
      expect(manifest.externally_connectable).toBeUndefined()
      expect(manifest.sandbox).toBeUndefined()
    })
  })
}

describe('the broad-pattern check itself', () => {
  it.each(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', '*://*.com/*', '*://*.net/*', 'nonsense'])('calls %s broad', (p) => {
    expect(isBroad(p)).toBe(true)
  })
  it.each(['*://aljazeera.net/*', '*://*.aljazeera.net/*', '*://www.bbc.com/arabic*'])('calls %s narrow', (p) => {
    expect(isBroad(p)).toBe(false)
  })
})

for (const target of ['chrome', 'firefox'] as Target[]) {
  checkManifest(`src/manifest.ts for ${target}`, makeManifest(target) as unknown as Manifest)
}

for (const target of ['chrome', 'firefox'] as Target[]) {
  const file = path.join(ROOT, 'dist', target, 'manifest.json')
  if (existsSync(file)) {
    checkManifest(`dist/${target}/manifest.json`, JSON.parse(readFileSync(file, 'utf8')) as Manifest)
  } else {
    describe(`dist/${target}/manifest.json`, () => {
      it.skip(`is absent: run \`npm run build\` to check the built ${target} manifest`, () => {})
    })
  }
}
