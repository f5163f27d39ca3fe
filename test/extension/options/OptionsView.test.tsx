import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { fakeBrowser } from '@webext-core/fake-browser'
import { OptionsView } from '../../../src/extension/options/OptionsView.tsx'
import { SETTINGS_KEY } from '../../../src/extension/settings/settings-store.ts'
import { ALL_SITES } from '../../../src/extension/settings/all-sites-permission.ts'

async function stored() {
  return (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown> | undefined
}

/** fake-browser has no permissions API: a small stand-in that remembers what was granted. */
function fakePermissions(granted: boolean) {
  const state = { granted }
  fakeBrowser.permissions.contains = vi.fn(async () => state.granted) as never
  fakeBrowser.permissions.request = vi.fn(async () => (state.granted = true)) as never
  fakeBrowser.permissions.remove = vi.fn(async () => !(state.granted = false)) as never
  return state
}

describe('the options page', () => {
  afterEach(cleanup)

  it('saves each display setting to storage.sync as it changes', async () => {
    fakePermissions(false)
    render(<OptionsView />)
    fireEvent.change(screen.getByLabelText('Font'), { target: { value: 'amiri' } })
    await waitFor(async () => expect((await stored())?.font).toBe('amiri'))
    fireEvent.click(screen.getByRole('radio', { name: 'Sepia' }))
    await waitFor(async () => expect((await stored())?.theme).toBe('sepia'))
    fireEvent.change(screen.getByLabelText('Summary length'), { target: { value: '5' } })
    await waitFor(async () => expect((await stored())?.summarySentences).toBe(5))
    fireEvent.change(screen.getByLabelText('Column width'), { target: { value: 'wide' } })
    await waitFor(async () => expect((await stored())?.width).toBe('wide'))
  })

  it('turns a highlight type off', async () => {
    fakePermissions(false)
    render(<OptionsView />)
    fireEvent.click(screen.getByRole('checkbox', { name: 'Figure' }))
    await waitFor(async () => expect((await stored())?.highlights).toMatchObject({ figure: false, person: true }))
  })

  it('asks for the all-sites permission when detection on all sites is turned on, and gives it back', async () => {
    const state = fakePermissions(false)
    render(<OptionsView />)
    const box = screen.getByRole('checkbox', { name: 'Detect Arabic articles on all sites' }) as HTMLInputElement
    await waitFor(() => expect(box.disabled).toBe(false))
    expect(box.checked).toBe(false)
    fireEvent.click(box)
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith(ALL_SITES)
    await waitFor(() => expect(box.checked).toBe(true))
    expect(state.granted).toBe(true)
    fireEvent.click(box)
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith(ALL_SITES)
    await waitFor(() => expect(box.checked).toBe(false))
  })

  it('stays off when the reader refuses the permission', async () => {
    fakePermissions(false)
    fakeBrowser.permissions.request = vi.fn(async () => false) as never
    render(<OptionsView />)
    const box = screen.getByRole('checkbox', { name: 'Detect Arabic articles on all sites' }) as HTMLInputElement
    await waitFor(() => expect(box.disabled).toBe(false))
    fireEvent.click(box)
    await waitFor(() => expect(fakeBrowser.permissions.request).toHaveBeenCalled())
    await waitFor(() => expect(box.checked).toBe(false))
  })
})
