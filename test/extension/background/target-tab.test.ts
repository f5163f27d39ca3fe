import { describe, expect, it, vi } from 'vitest'
import { targetTab } from '../../../src/extension/background/target-tab.ts'

describe('targetTab', () => {
  it('takes the tab a request names, else the active tab of the last focused window', async () => {
    const tabs = { get: vi.fn(async (id: number) => ({ id, url: 'https://a.example/' })), query: vi.fn(async () => [{ id: 9 }]) }
    expect(await targetTab(tabs as never, 3)).toMatchObject({ id: 3 })
    expect(await targetTab(tabs as never, undefined)).toMatchObject({ id: 9 })
    expect(tabs.query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true })
  })

  it('fails when there is no active tab', async () => {
    const tabs = { get: vi.fn(), query: vi.fn(async () => []) }
    await expect(targetTab(tabs as never, undefined)).rejects.toThrow('no active tab')
  })
})
