// A web-component news page (composed-document.ts): the headline and most of the text live in shadow roots, two
// paragraphs are slotted in from the light DOM, one of them written first and shown last. The reader shows the page as
// it looks: the shadow text with the slotted paragraphs in their slots' places.
// The page is test/fixtures/hostile/shadow-dom.html, served under a listed news host.
import { assert } from '../harness.mjs'
import { NEWS_HOST } from '../server.mjs'
import { readBadgedPage } from '../helpers.mjs'

const TITLE = 'ألواح شمسية عائمة فوق أحواض محطة تحلية في ينبع'
/** Words of each paragraph, in the order the page shows them. */
const IN_ORDER = ['بدأت شركة سعودية ناشئة', 'وتغطي الألواح في المرحلة الأولى', 'وقال مدير المشروع', 'وأضاف أن الكهرباء', 'تحديات الملوحة والرياح', 'وتأمل الشركة في حال نجاح التجربة']

export default function shadowDom(test) {
  test('a web-component page: the badge, and the reader shows the text in its shadow roots, slotted paragraphs where they show', async ({ driver }) => {
    // (The light DOM alone holds two short paragraphs: the badge comes from the composed tree.)
    await readBadgedPage(driver, `http://${NEWS_HOST}/news/components/floating-solar`, `http://${NEWS_HOST}/news/components/*`, async (popup) => {
      const title = await popup.$eval('#title', (el) => el.textContent)
      assert(title === TITLE, `the headline is "${title}"`)
      const text = (await popup.$eval('#article-body', (el) => el.textContent)) ?? ''
      const at = IN_ORDER.map((words) => text.indexOf(words))
      assert(at.every((i) => i >= 0), `every paragraph is shown: ${JSON.stringify(at)}`)
      assert(at.every((i, k) => k === 0 || i > at[k - 1]), `in the order the page shows them: ${JSON.stringify(at)}`)
      assert(!text.includes('فيسبوك'), 'the share bar’s shadow root is not text')
    })
  })
}
