// The path end to end: detector → badge, reader on click → structured article → popup.
import path from 'node:path'
import { assert, waitFor } from '../harness.mjs'
import { NEWS_HOST } from '../server.mjs'
import { seedProblems } from '../seed-expectations.mjs'
import { badgeOf, openReader, tabIdFor } from '../helpers.mjs'

export const SEED_URL = `http://${NEWS_HOST}/news/2023/10/27/kremlin-hamas-delegation/`
export const ENGLISH_URL = `http://${NEWS_HOST}/en/oil-prices-climb/`
export const HOME_URL = `http://${NEWS_HOST}/`

export default function foundation(test) {
  test('the seed article on a listed news site gets the badge', async ({ driver, state }) => {
    await driver.openPage(SEED_URL)
    const tabId = await tabIdFor(driver, `http://${NEWS_HOST}/news/*`)
    const badge = await waitFor(() => badgeOf(driver, tabId), { message: 'badge text' })
    assert(badge === 'ع', `badge is "${badge}"`)
    state.seedTabId = tabId
  })

  test('an English page gets no badge', async ({ driver }) => {
    await driver.openPage(ENGLISH_URL)
    const tabId = await tabIdFor(driver, `http://${NEWS_HOST}/en/*`)
    // The detector reports either way; give it the time the seed page needed.
    await new Promise((r) => setTimeout(r, 1500))
    const badge = await badgeOf(driver, tabId)
    assert(badge === '', `badge is "${badge}"`)
  })

  test('the reader shows the seed article, right to left, without clutter', async ({ driver, state, out }) => {
    const popup = await openReader(driver, state.seedTabId)
    const status = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))
    assert(status === 'ok', `state is ${status}: ${await popup.$eval('body', (b) => b.textContent)}`)
    const title = await popup.$eval('#title', (el) => el.textContent)
    const body = await popup.$eval('#article-body', (el) => el.textContent)
    const problems = seedProblems(title ?? '', body ?? '')
    assert(problems.length === 0, problems.join('; '))
    const dir = await popup.$eval('article', (el) => el.getAttribute('dir'))
    assert(dir === 'rtl', `article dir is ${dir}`)
    await popup.screenshot({ path: path.join(out, `${driver.name}-popup-seed.png`) })
    await popup.close()
  })

  test('the reader says why when a page has no article', async ({ driver, out }) => {
    await driver.openPage(HOME_URL)
    const tabId = await tabIdFor(driver, `http://${NEWS_HOST}/`)
    const popup = await openReader(driver, tabId)
    const status = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))
    assert(status === 'no-article', `state is ${status}`)
    const reason = await popup.$eval('.reader-state-reason', (el) => el.textContent)
    assert(reason && reason.trim().length > 0, 'a reason is shown')
    // Above it, what kind of page this is, in the UI's language (a message of the catalogue, not its key).
    const explanation = await popup.$eval('.reader-state-explanation', (el) => el.textContent)
    assert(explanation && explanation.trim().length > 20 && !explanation.startsWith('noArticle'), `the kind of page is said: ${explanation}`)
    await popup.screenshot({ path: path.join(out, `${driver.name}-popup-no-article.png`) })
    await popup.close()
  })
}
