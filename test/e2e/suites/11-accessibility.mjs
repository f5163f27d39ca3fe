// axe-core in the real browsers: no serious or critical violations in the popup reader (light and dark),
// the full-tab reader, the options page and the history page; and every control reachable by keyboard.
import fs from 'node:fs'
import path from 'node:path'
import { assert } from '../harness.mjs'
import { NEWS_HOST } from '../server.mjs'
import { openReader, readerReady, tabIdFor } from '../helpers.mjs'

const SEED_URL = `http://${NEWS_HOST}/news/2023/10/27/kremlin-hamas-delegation/`
const AXE = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8')
const pageReady = (selector) => new Function(`return !!document.querySelector(${JSON.stringify(selector)})`)

async function seedTab(driver, state) {
  if (state.seedTabId === undefined) {
    await driver.openPage(SEED_URL)
    state.seedTabId = await tabIdFor(driver, `http://${NEWS_HOST}/news/*`)
  }
  return state.seedTabId
}

/** Serious and critical violations, with the first few offending elements each. */
async function axeProblems(page) {
  // Evaluated by the driver (CDP / BiDi), which the pages' CSP does not apply to.
  await page.evaluate(AXE)
  const violations = await page.evaluate(async () => {
    // Open the folded panels and the display menu so their controls are checked too.
    const folds = [...document.querySelectorAll('details')]
    for (const d of folds) d.open = true
    // A fold builds its contents on its toggle event, which comes after: wait until each has them.
    for (let tries = 0; tries < 100 && folds.some((d) => d.children.length < 2); tries++) await new Promise((r) => setTimeout(r, 20))
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
  })
  return violations
}

function setSettings(driver, settings) {
  return driver.inExtension((s) => (globalThis.browser ?? chrome).storage.sync.set({ settings: s }), settings)
}

export default function accessibility(test) {
  for (const theme of ['light', 'sepia', 'dark']) {
    test(`axe: the popup reader (${theme})`, async ({ driver, state }) => {
      await setSettings(driver, { theme })
      const popup = await openReader(driver, await seedTab(driver, state))
      const problems = await axeProblems(popup)
      await popup.close()
      assert(problems.length === 0, problems.join('\n    '))
    })
  }

  test('axe: the full-tab reader (dark)', async ({ driver, state }) => {
    await setSettings(driver, { theme: 'dark' })
    const page = await driver.openExtensionPage(`reader.html?tab=${await seedTab(driver, state)}`, readerReady, { width: 1280, height: 900 })
    const problems = await axeProblems(page)
    await page.close()
    assert(problems.length === 0, problems.join('\n    '))
  })

  test('axe: the full-tab reader (light)', async ({ driver, state }) => {
    await setSettings(driver, { theme: 'light' })
    const page = await driver.openExtensionPage(`reader.html?tab=${await seedTab(driver, state)}`, readerReady, { width: 1280, height: 900 })
    const problems = await axeProblems(page)
    await page.close()
    assert(problems.length === 0, problems.join('\n    '))
  })

  test('axe: the options page', async ({ driver, out }) => {
    await setSettings(driver, { theme: 'light' })
    const page = await driver.openExtensionPage('options.html', pageReady('[data-page="options"]'), { width: 900, height: 900 })
    await page.screenshot({ path: path.join(out, `${driver.name}-options.png`) })
    const problems = await axeProblems(page)
    await page.close()
    assert(problems.length === 0, problems.join('\n    '))
  })

  test('axe: the history page', async ({ driver, state, out }) => {
    await seedTab(driver, state)
    const page = await driver.openExtensionPage('history.html', pageReady('[data-page="history"][data-state="ok"]'), { width: 900, height: 900 })
    await page.screenshot({ path: path.join(out, `${driver.name}-history.png`) })
    const problems = await axeProblems(page)
    await page.close()
    assert(problems.length === 0, problems.join('\n    '))
  })

  test('keyboard: Tab reaches every control of the popup reader, each with a visible focus ring', async ({ driver, state }) => {
    await setSettings(driver, { theme: 'light' })
    const popup = await openReader(driver, await seedTab(driver, state))
    const report = await popup.evaluate(() => {
      const controls = [...document.querySelectorAll('button, a[href], input, select, summary')].filter((el) => !el.disabled && el.offsetParent !== null)
      const unreachable = controls.filter((el) => el.tabIndex < 0).map((el) => el.outerHTML.slice(0, 60))
      const noRing = []
      for (const el of controls.slice(0, 20)) {
        el.focus()
        const style = getComputedStyle(el)
        if (document.activeElement === el && style.outlineStyle === 'none' && style.boxShadow === 'none') noRing.push(el.outerHTML.slice(0, 60))
      }
      return { count: controls.length, unreachable, noRing }
    })
    await popup.close()
    assert(report.count > 10, `${report.count} controls`)
    assert(report.unreachable.length === 0, `not in the tab order: ${report.unreachable.join(', ')}`)
    assert(report.noRing.length === 0, `no focus ring: ${report.noRing.join(', ')}`)
  })
}
