// Single-page sites (issue 8): after history.pushState to another article the badge and the reader follow
// the new article; after pushState to a listing the badge goes. The page is test/fixtures/hostile/
// single-page-app.html, served under a listed news host so the detector runs there.
import { assert, waitFor } from '../harness.mjs'
import { NEWS_HOST } from '../server.mjs'
import { badgeOf, openReader, tabIdFor } from '../helpers.mjs'

const SPA = `http://${NEWS_HOST}/news/spa/`
const WATER_TITLE = 'بلدية المدينة تطلق مشروعا لتجديد شبكة المياه في الأحياء القديمة'
const BOOK_TITLE = 'معرض المدينة للكتاب يفتح أبوابه بمشاركة ثلاثين دولة'

async function badgeBecomes(driver, tabId, expected, message) {
  // The detector checks the address every second; allow a few rounds.
  return waitFor(async () => (await badgeOf(driver, tabId)) === expected, { timeout: 8000, message: `${message} (badge "${expected}")` })
}

async function readerTitle(driver, tabId) {
  const popup = await openReader(driver, tabId)
  try {
    const state = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))
    if (state !== 'ok') return `state ${state}`
    return await popup.$eval('#title', (el) => el.textContent)
  } finally {
    await popup.close()
  }
}

export default function singlePage(test) {
  test('a single-page site: the badge and the reader follow pushState to another article', async ({ driver, state }) => {
    const page = await driver.openPage(`${SPA}water-network`)
    state.spaPage = page
    const tabId = (state.spaTabId = await tabIdFor(driver, `http://${NEWS_HOST}/news/spa/*`))
    await badgeBecomes(driver, tabId, 'ع', 'the first article is marked')
    const first = await readerTitle(driver, tabId)
    assert(first === WATER_TITLE, `the reader shows "${first}" for the first article`)

    await page.evaluate(() => window.qariGo('/news/spa/latest'))
    await badgeBecomes(driver, tabId, '', 'a listing reached with pushState is not marked')

    await page.evaluate(() => window.qariGo('/news/spa/book-fair'))
    await badgeBecomes(driver, tabId, 'ع', 'the next article reached with pushState is marked')
    const second = await readerTitle(driver, tabId)
    assert(second === BOOK_TITLE, `after pushState the reader shows "${second}", not the new article`)
  })

  // Sites that fetch the next article render it after the address changes: the detector watches the
  // content's fingerprint (title, paragraphs, headings) for a while after each address change.
  test('a single-page site that renders after pushState: the badge follows the late content', async ({ driver, state }) => {
    const tabId = state.spaTabId
    assert(tabId !== undefined && state.spaPage, 'the previous test opened the single-page site')
    await badgeBecomes(driver, tabId, 'ع', 'the article is marked')
    await state.spaPage.evaluate(() => window.qariGo('/news/spa/latest', 2500))
    await badgeBecomes(driver, tabId, '', 'the listing rendered 2.5 s after pushState is not marked')
  })
}
