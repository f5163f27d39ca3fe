/**
 * Every UI string goes through the extension's i18n (public/_locales/{ar,en}); the UI follows the
 * browser's language and is right to left in Arabic, Persian and Urdu.
 */
import browser from 'webextension-polyfill'
import { numberFormat, pluralRulesFor } from './intl-cache.ts'

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ckb', 'sd', 'yi', 'ug', 'sdh'])

/**
 * The message for `key`, with its placeholders ($N$ in the catalogues, bound to $1) filled from `subs`.
 * The browser substitutes itself; the replacement here covers test doubles that return the raw message.
 */
export function t(key: string, ...subs: (string | number)[]): string {
  const strings = subs.map(String)
  let message = ''
  try {
    message = browser.i18n.getMessage(key, strings)
  } catch {
    message = ''
  }
  if (!message) return key
  let next = 0
  return message.replace(/\$[A-Z_]+\$/gu, (whole) => strings[next++] ?? whole)
}

/**
 * The language the UI is shown in, as a BCP 47 tag. Each catalogue names its own language
 * ('uiLanguage'), because that is what the reader sees: Chromium started with --lang=ar answers
 * getMessage from the Arabic catalogue while getUILanguage() still says en-US. The browser's region
 * (ar-SA, ar-EG) is kept when it agrees, so dates follow that region's calendar and digits.
 */
export function uiLanguage(): string {
  // Asked for every count and label the reader shows; it changes only with the i18n functions
  // themselves (tests swap them), so it is computed once per pair.
  const getMessage = browser.i18n?.getMessage
  const getUILanguage = browser.i18n?.getUILanguage
  if (languageMemo && languageMemo.getMessage === getMessage && languageMemo.getUILanguage === getUILanguage) return languageMemo.lang
  const lang = computeUiLanguage()
  languageMemo = { getMessage, getUILanguage, lang }
  return lang
}

let languageMemo: { getMessage: unknown; getUILanguage: unknown; lang: string } | undefined

function computeUiLanguage(): string {
  const catalogue = t('uiLanguage')
  let browserLang = ''
  try {
    browserLang = (browser.i18n.getUILanguage() ?? '').replace('_', '-')
  } catch {
    // Test doubles and very old browsers have no getUILanguage.
  }
  if (catalogue === 'uiLanguage') return browserLang || 'en'
  return browserLang.toLowerCase().split('-')[0] === catalogue ? browserLang : catalogue
}

export function isRtlLanguage(lang: string): boolean {
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0] ?? '')
}

/** A count with the plural form the UI language needs: Arabic has six (zero, one, two, few, many, other). */
export function plural(keyBase: string, count: number): string {
  const lang = uiLanguage()
  let category: string
  try {
    category = pluralRulesFor(lang).select(count)
  } catch {
    category = count === 1 ? 'one' : 'other'
  }
  const number = formatNumber(count)
  const message = t(`${keyBase}_${category}`, number)
  return message === `${keyBase}_${category}` ? t(`${keyBase}_other`, number) : message
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  try {
    return numberFormat(uiLanguage(), options).format(value)
  } catch {
    return String(value)
  }
}

/** Sets the page's language and direction from the browser UI language. */
export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  const lang = uiLanguage()
  root.lang = lang
  root.dir = isRtlLanguage(lang) ? 'rtl' : 'ltr'
}
