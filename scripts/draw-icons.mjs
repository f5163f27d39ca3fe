// Renders icons/icon.svg to the PNG sizes the manifest names, with headless Chromium (run by hand when
// the drawing changes; the PNGs are committed). Usage: node scripts/draw-icons.mjs
import { chromium } from 'playwright-core'
import fs from 'node:fs'

const svg = fs.readFileSync(new URL('../icons/icon.svg', import.meta.url), 'utf8')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}</body></html>`)
  await page.screenshot({ path: new URL(`../icons/icon${size}.png`, import.meta.url).pathname, omitBackground: true })
  await page.close()
}
await browser.close()
