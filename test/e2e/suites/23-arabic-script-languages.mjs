// An article in Central Kurdish (Sorani), one of the Arabic-script languages beside Arabic, Persian and Urdu
// (src/engine/arabic/letters.ts): its page says lang="ku", the reader reads the language from the letters. The badge, the
// article right to left in its language (lang="ckb", so that the browser shapes and reads it as Kurdish), no names looked
// for (the names model is Arabic: the panel says so), the figures written in digits highlighted; and a screenshot.
// The page is test/fixtures/hostile/kurdish-article.html, served under a listed news host.
import path from 'node:path'
import { assert, waitFor } from '../harness.mjs'
import { NEWS_HOST } from '../server.mjs'
import { readBadgedPage } from '../helpers.mjs'

const TITLE = 'مووچەی فەرمانبەران لە هەفتەی داهاتوودا دابەش دەکرێت'

export default function arabicScriptLanguages(test) {
  test('a Central Kurdish article: the badge, the reader in its language, no names, its figures (screenshot)', async ({ driver, out }) => {
    await readBadgedPage(driver, `http://${NEWS_HOST}/news/ckb/salaries`, `http://${NEWS_HOST}/news/ckb/*`, async (popup) => {
      const title = await popup.$eval('#title', (el) => el.textContent)
      assert(title === TITLE, `the headline is "${title}"`)
      const article = await popup.$eval('article.article', (el) => ({ lang: el.getAttribute('lang'), dir: el.getAttribute('dir') }))
      assert(article.lang === 'ckb' && article.dir === 'rtl', `the article is ${JSON.stringify(article)}`)
      const text = (await popup.$eval('#article-body', (el) => el.textContent)) ?? ''
      assert(text.includes('حکومەتی هەرێمی کوردستان') && text.includes('ئامارەکانی وەزارەتی پلاندانان'), 'the text is shown whole')
      assert(!text.includes('بابەتی پەیوەندیدار') && !text.includes('هاوبەشی بکە'), 'the related box and the share label are not')
      const marks = await popup.$$eval('#article-body mark[data-type]', (els) => els.map((el) => el.getAttribute('data-type')))
      assert(marks.length > 0 && marks.every((type) => type === 'figure'), `only figures are highlighted: ${JSON.stringify(marks)}`)
      // (The names fold is closed in the popup: opened, it says why it lists nobody. It builds its content when it first
      // opens, after the toggle event, so the note is waited for; read at once it raced the build on a loaded machine.)
      await popup.click('.panel-names .panel-title')
      await waitFor(() => popup.evaluate(() => !!document.querySelector('.panel-names .panel-empty')), { message: 'the names panel built its note' })
      const namesNote = await popup.$$eval('.panel-names .panel-empty', (els) => els.map((el) => el.textContent))
      assert(namesNote.some((note) => /Arabic|العربية/u.test(note ?? '')), `the names panel says names are looked for in Arabic only: ${JSON.stringify(namesNote)}`)
      await popup.evaluate(() => document.fonts.ready)
      await popup.screenshot({ path: path.join(out, `${driver.name}-reader-popup-kurdish.png`) })
    })
  })
}
