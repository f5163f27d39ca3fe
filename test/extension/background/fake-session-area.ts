import type { SessionArea } from '../../../src/extension/background/recent-analyses.ts'

/** storage.session as the browser keeps it, in memory: a structured copy per set and per get. */
export function fakeSessionArea(): SessionArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {}
  return {
    items,
    async get(keys: string | string[]) {
      return Object.fromEntries([keys].flat().filter((key) => key in items).map((key) => [key, structuredClone(items[key])]))
    },
    async set(more: Record<string, unknown>) {
      Object.assign(items, structuredClone(more))
    },
    async remove(keys: string | string[]) {
      for (const key of [keys].flat()) delete items[key]
    },
  }
}
