// Infinite scroll (keep-current-article.ts): a news page appends the next article below the first and moves the
// address bar to it (history.replaceState) as the reader scrolls into it; the reader then shows that article alone.
// The page is test/fixtures/hostile/infinite-scroll.html, served under a listed news host so the detector runs there.
import { assert, waitFor } from '../harness.mjs'
import { NEWS_HOST } from '../server.mjs'
import { badgeOf, openReader, tabIdFor } from '../helpers.mjs'

const FIRST_TITLE = 'السكة الحديد تعلن تشغيل قطارات إضافية لمواجهة زحام العيد'
const SECOND_TITLE = 'ارتفاع جديد في أسعار الذهب بالسوق المحلية اليوم الإثنين'
const FIRST_WORDS = 'أربعة عشر قطارا إضافيا'
const SECOND_WORDS = 'أسعار الذهب في محلات الصاغة'

async function reader(driver, tabId) {
  const popup = await openReader(driver, tabId)
  try {
    const state = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))
    if (state !== 'ok') return { title: `state ${state}`, text: '' }
    return {
      title: await popup.$eval('#title', (el) => el.textContent),
      text: await popup.$eval('main', (el) => el.textContent),
    }
  } finally {
    await popup.close()
  }
}

export default function infiniteScroll(test) {
  test('an infinite-scroll page: the reader shows the appended article the address bar moved to, alone', async ({ driver }) => {
    const page = await driver.openPage(`http://${NEWS_HOST}/news/scroll/1045821/trains`)
    try {
      const tabId = await tabIdFor(driver, `http://${NEWS_HOST}/news/scroll/*`)
      await waitFor(async () => (await badgeOf(driver, tabId)) === 'ع', { timeout: 8000, message: 'the first article is marked' })
      const first = await reader(driver, tabId)
      assert(first.title === FIRST_TITLE, `the reader shows "${first.title}" for the first article`)

      await page.evaluate(() => window.qariScrollOn())
      const second = await reader(driver, tabId)
      assert(second.title === SECOND_TITLE, `after the scroll the reader shows "${second.title}", not the article the address names`)
      assert(second.text.includes(SECOND_WORDS), 'the appended article’s text is shown')
      assert(!second.text.includes(FIRST_WORDS), 'the first article’s text is not shown with it')
    } finally {
      await page.close()
    }
  })
}
