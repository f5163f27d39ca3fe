// The reader UI on the seed page, in the popup and in a full tab: summary, highlights, panels, settings,
// screenshots. Assertions marked [engine] check what the engine delivers (names, figures, summary) and
// fail until those layers are wired into the worker; the others check the UI against whatever doc it got.
import fs from 'node:fs'
import path from 'node:path'
import { assert, waitFor } from '../harness.mjs'
import { NEWS_HOST } from '../server.mjs'
import { openReader, readerReady, tabIdFor } from '../helpers.mjs'

const SEED_URL = `http://${NEWS_HOST}/news/2023/10/27/kremlin-hamas-delegation/`
const TABLE_URL = `http://${NEWS_HOST}/news/2024/4/28/cement-results/`
const EXPECTED = JSON.parse(fs.readFileSync('test/fixtures/pages/seed-wordpress/expected.json', 'utf8'))
const TYPE_OF_EXPECTED = { person: 'person', organization: 'organization', location: 'place' }
// Clitics the annotation allows before a name (و ب ل ف ك and their pairs): "بموسكو" is موسكو.
const CLITICS = /^[وفبلك]{0,2}$/u
const TAB_SIZE = { width: 1280, height: 900 }

async function seedTab(driver, state) {
  if (state.seedTabId === undefined) {
    await driver.openPage(SEED_URL)
    state.seedTabId = await tabIdFor(driver, `http://${NEWS_HOST}/news/*`)
  }
  return state.seedTabId
}

/** The doc the worker gives the reader, asked the way the reader asks. */
async function analysedDoc(driver, tabId) {
  const reply = await driver.inExtension(
    (id) => (globalThis.browser ?? chrome).runtime.sendMessage({ type: 'reader:analyze', payload: { tabId: id, summarySentences: 3 } }),
    tabId,
  )
  assert(reply?.ok && reply.value.status === 'ok', `reader:analyze: ${JSON.stringify(reply).slice(0, 200)}`)
  return reply.value.doc
}

function setSettings(driver, settings) {
  return driver.inExtension((s) => (globalThis.browser ?? chrome).storage.sync.set({ settings: s }), settings)
}

/** Marks in the page: text, type, ref. */
function readMarks(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#article-body mark.hl')].map((m) => ({
      text: m.textContent,
      type: m.getAttribute('data-type'),
      ref: m.getAttribute('data-ref'),
      label: m.getAttribute('title'),
      described: !!document.getElementById(m.getAttribute('aria-describedby') ?? '')?.textContent,
    })),
  )
}

async function checkReader(page, doc, mode) {
  const status = await page.$eval('[data-state]', (el) => el.getAttribute('data-state'))
  assert(status === 'ok', `${mode}: state is ${status}`)
  const info = await page.evaluate(() => ({
    summaryLinks: document.querySelectorAll('.summary-link').length,
    legend: [...document.querySelectorAll('.legend-item input')].length,
    names: !!document.querySelector('.panel-names'),
    figures: !!document.querySelector('.panel-figures'),
    body: document.querySelector('#article-body')?.textContent ?? '',
    dir: document.querySelector('article')?.getAttribute('dir'),
  }))
  assert(info.dir === 'rtl', `${mode}: article dir ${info.dir}`)
  assert(info.legend === 4, `${mode}: ${info.legend} legend switches`)
  assert(info.names && info.figures, `${mode}: both panels present`)
  assert(info.summaryLinks === (doc.summary?.length ?? 0), `${mode}: ${info.summaryLinks} summary links for ${doc.summary?.length ?? 0} summary sentences`)
  for (const phrase of ['اترك تعليقاً', 'مقالات ذات صلة', 'زر الذهاب إلى الأعلى', 'الأكثر قراءة']) {
    assert(!info.body.includes(phrase), `${mode}: clutter "${phrase}" in the body`)
  }
  // Every name and figure the doc carries has a mark of its type, labelled for hover and assistive tech.
  const marks = await readMarks(page)
  const byRef = new Map(marks.map((m) => [m.ref, m]))
  const problems = []
  for (const entity of doc.entities ?? []) {
    const type = { person: 'person', organization: 'organization', place: 'place' }[entity.type]
    if (!type) continue
    const mark = byRef.get(`e:${entity.id}`)
    if (!mark) problems.push(`no mark for ${entity.type} ${entity.name}`)
    else if (mark.type !== type) problems.push(`${entity.name} marked ${mark.type}`)
    else if (!mark.label?.includes(entity.name) || !mark.described) problems.push(`${entity.name} unlabelled`)
  }
  const mentionSpans = (doc.entities ?? []).flatMap((e) => e.mentions)
  ;(doc.figures ?? []).forEach((figure, i) => {
    // A figure inside a longer name is drawn as the name (overlaps are resolved, not nested).
    const covered = mentionSpans.some((m) => m.start < figure.end && figure.start < m.end)
    if (!byRef.has(`f:${i}`) && !covered) problems.push(`no mark for figure ${figure.text}`)
  })
  assert(problems.length === 0, `${mode}: ${problems.slice(0, 8).join('; ')}`)
  return marks
}

/** [engine] expected.json's names and figures: each marked with the right type. */
function engineProblems(marks) {
  const problems = []
  for (const [group, names] of Object.entries(EXPECTED.entities)) {
    const type = TYPE_OF_EXPECTED[group]
    for (const name of names) {
      const hit = marks.some((m) => m.type === type && m.text.endsWith(name) && CLITICS.test(m.text.slice(0, m.text.length - name.length)))
      if (!hit) problems.push(`${type} ${name}`)
    }
  }
  for (const figure of EXPECTED.figures) {
    if (!marks.some((m) => m.type === 'figure' && m.text.includes(figure.text))) problems.push(`figure ${figure.text}`)
  }
  return problems
}

export default function readerUi(test) {
  test('popup: summary, highlights for every name and figure in the doc, legend, panels, no clutter', async ({ driver, state }) => {
    const tabId = await seedTab(driver, state)
    await setSettings(driver, { theme: 'light' })
    const doc = await analysedDoc(driver, tabId)
    state.seedDoc = doc
    const popup = await openReader(driver, tabId)
    state.popupMarks = await checkReader(popup, doc, 'popup')
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    assert(overflow <= 0, `popup scrolls sideways by ${overflow}px`)
    await popup.close()
  })

  test('[engine] the seed summary, and every expected name and figure highlighted with the right type', async ({ state }) => {
    assert(state.seedDoc, 'the popup test ran')
    assert((state.seedDoc.summary?.length ?? 0) >= 3, `summary has ${state.seedDoc.summary?.length ?? 0} sentences`)
    const problems = engineProblems(state.popupMarks)
    assert(problems.length === 0, `${problems.length} not highlighted: ${problems.join(', ')}`)
  })

  test('popup: a summary link and a name jump to the article and flash', async ({ driver, state }) => {
    const popup = await openReader(driver, await seedTab(driver, state))
    if (state.seedDoc.summary?.length) {
      await popup.click('.summary-link')
      const hit = await popup.evaluate(() => ({ id: document.activeElement?.id, flash: document.activeElement?.classList.contains('flash') }))
      assert(hit.id === 'summary-0' && hit.flash, `after the summary link focus is on ${JSON.stringify(hit)}`)
    }
    if (state.seedDoc.entities?.length) {
      // A scripted click: the smooth scroll the summary link started would move a coordinate click.
      // The folded panel builds its list when it first opens (the toggle event comes after).
      await popup.evaluate(() => {
        document.querySelector('.panel-names').open = true
      })
      // Polled with evaluate: puppeteer's waitForSelector runs `new Function` in the page, which the
      // extension's CSP blocks in Firefox ESR 140.
      await waitFor(() => popup.evaluate(() => !!document.querySelector('.name-button')), { message: 'the names panel built its list' })
      await popup.evaluate(() => document.querySelector('.name-button').click())
      const first = await popup.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id, flash: document.activeElement?.classList.contains('flash') }))
      assert(first.tag === 'MARK' && first.flash, `after a name click focus is on ${JSON.stringify(first)}`)
      // Smooth scrolling takes a moment to move.
      await waitFor(() => popup.evaluate(() => document.querySelector('.reader-main').scrollTop > 0), { message: 'the popup scrolled to the mention' })
    }
    await popup.close()
  })

  test('popup: toggling a highlight type in the legend hides it at once', async ({ driver, state }) => {
    const popup = await openReader(driver, await seedTab(driver, state))
    await popup.click('.legend-place input')
    await waitFor(() => popup.evaluate(() => document.querySelector('#article-body').classList.contains('hide-place')), { message: 'places hidden' })
    const bg = await popup.evaluate(() => {
      const mark = document.querySelector('mark.hl-place')
      return mark ? getComputedStyle(mark).backgroundColor : 'no place marks'
    })
    await popup.click('.legend-place input')
    await popup.close()
    assert(/rgba\(0, 0, 0, 0\)|transparent|no place marks/u.test(bg), `a hidden place still has background ${bg}`)
  })

  test('popup: "open in tab" opens the full-tab reader for the same tab', async ({ driver, state }) => {
    const tabId = await seedTab(driver, state)
    const popup = await openReader(driver, tabId)
    await popup.click('.tool-open-tab')
    const url = `${driver.base}/reader.html?tab=${tabId}`
    // Found through the browser, not tabs.query: without the "tabs" permission Chromium 150 gives no
    // tab's URL, the extension's own pages' included (Chromium 156 and Firefox do give those).
    await waitFor(() => driver.closePageAt(url), { message: `a tab at ${url}` })
    await popup.close().catch(() => {})
  })

  test('full tab: the reader with panels beside the article', async ({ driver, state }) => {
    const tabId = await seedTab(driver, state)
    const page = await driver.openExtensionPage(`reader.html?tab=${tabId}`, readerReady, TAB_SIZE)
    await checkReader(page, state.seedDoc, 'tab')
    const side = await page.evaluate(() => {
      const aside = document.querySelector('.reader-side')?.getBoundingClientRect()
      const article = document.querySelector('article')?.getBoundingClientRect()
      return aside && article ? { beside: aside.right <= article.left + 1 || aside.left >= article.right - 1, open: document.querySelector('.reader-side .panel-names').open } : undefined
    })
    assert(side?.beside && side.open, `panels beside the article: ${JSON.stringify(side)}`)
    await page.close()
  })

  test('settings apply at once in an open reader', async ({ driver, state }) => {
    const page = await driver.openExtensionPage(`reader.html?tab=${await seedTab(driver, state)}`, readerReady, TAB_SIZE)
    await setSettings(driver, { theme: 'dark', fontSize: 24, font: 'amiri', lineHeight: 2.2, width: 'narrow' })
    const applied = await waitFor(
      () =>
        page.evaluate(() => {
          const root = document.documentElement
          const article = getComputedStyle(document.querySelector('.article'))
          return root.dataset.theme === 'dark' && article.fontSize === '24px' ? { font: article.fontFamily, bg: getComputedStyle(document.body).backgroundColor } : false
        }),
      { message: 'dark theme and 24px text' },
    )
    assert(applied.font.includes('Amiri'), `font is ${applied.font}`)
    assert(applied.bg === 'rgb(22, 24, 27)', `dark background is ${applied.bg}`)
    await setSettings(driver, { theme: 'light' })
    await page.close()
  })

  test('the shipped Arabic font is used, with no network', async ({ driver, state }) => {
    await setSettings(driver, { theme: 'light', font: 'naskh' })
    const popup = await openReader(driver, await seedTab(driver, state))
    const loaded = await waitFor(
      () => popup.evaluate(async () => {
        await document.fonts.ready
        return [...document.fonts].filter((f) => f.family.replace(/["']/gu, '') === 'Noto Naskh Arabic' && f.status === 'loaded').length
      }),
      { message: 'Noto Naskh Arabic loaded' },
    )
    assert(loaded >= 1, 'Noto Naskh Arabic loaded')
    await popup.close()
  })

  test('screenshots: popup and full tab, light and dark', async ({ driver, state, out }) => {
    const tabId = await seedTab(driver, state)
    for (const theme of ['light', 'dark']) {
      await setSettings(driver, { theme })
      const popup = await openReader(driver, tabId)
      await popup.evaluate(() => document.fonts.ready)
      await popup.screenshot({ path: path.join(out, `${driver.name}-reader-popup-${theme}.png`) })
      // The same popup scrolled to the highlight key and the body.
      await popup.evaluate(() => {
        const main = document.querySelector('.reader-main')
        main.scrollTop = document.querySelector('.article-tools').offsetTop - main.offsetTop - 8
      })
      await popup.screenshot({ path: path.join(out, `${driver.name}-reader-popup-${theme}-body.png`) })
      await popup.close()
      const page = await driver.openExtensionPage(`reader.html?tab=${tabId}`, readerReady, TAB_SIZE)
      await page.evaluate(() => document.fonts.ready)
      await page.screenshot({ path: path.join(out, `${driver.name}-reader-tab-${theme}.png`) })
      await page.close()
    }
    await setSettings(driver, {})
  })

  test('a data table in the article is one table in the reader, a cell per column (screenshot)', async ({ driver, out }) => {
    await driver.openPage(TABLE_URL)
    const tabId = await tabIdFor(driver, `http://${NEWS_HOST}/news/2024/*`)
    const popup = await openReader(driver, tabId)
    const rows = await popup.evaluate(() =>
      [...document.querySelectorAll('#article-body table.block-table tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    )
    assert(rows.length === 4, `table rows: ${JSON.stringify(rows)}`)
    assert(rows[1].join('|') === 'المبيعات|251.0|312.7|24.6 %', `second row: ${rows[1]}`)
    await popup.evaluate(() => document.fonts.ready)
    await popup.evaluate(() => document.querySelector('.block-table')?.scrollIntoView({ block: 'center' }))
    await popup.screenshot({ path: path.join(out, `${driver.name}-reader-popup-table.png`) })
    await popup.close()
  })

  test('history: lists the seed article and opens it from the cache in the reader', async ({ driver, state }) => {
    await seedTab(driver, state)
    const page = await driver.openExtensionPage('history.html', () => !!document.querySelector('[data-page="history"][data-state="ok"]'), TAB_SIZE)
    const item = await waitFor(
      () => page.evaluate(() => {
        const li = [...document.querySelectorAll('.history-item')].find((el) => el.querySelector('.history-open-original')?.getAttribute('href')?.includes('kremlin-hamas-delegation'))
        return li ? { key: li.getAttribute('data-key'), href: li.querySelector('.history-open-cached').getAttribute('href'), rel: li.querySelector('.history-open-original').getAttribute('rel'), summary: li.querySelectorAll('.history-summary li').length } : false
      }),
      { message: 'the seed in the history' },
    )
    await page.close()
    assert(item.rel === 'noopener noreferrer', `rel is ${item.rel}`)
    assert(item.summary >= 1, 'the history item shows its summary')
    const cached = await driver.openExtensionPage(item.href, readerReady, TAB_SIZE)
    const shown = await cached.evaluate(() => ({ state: document.querySelector('[data-state]').getAttribute('data-state'), cache: document.querySelector('[data-state]').getAttribute('data-from-cache'), title: document.querySelector('#title')?.textContent }))
    await cached.close()
    assert(shown.state === 'ok' && shown.cache === 'true', `cached reader: ${JSON.stringify(shown)}`)
    assert(shown.title === EXPECTED.title, `title ${shown.title}`)
  })
}
