import { parseDigits } from './digit-value.ts'
import {
  DOZEN_WORDS, FRACTION_DUALS, FRACTION_PLURALS, FRACTION_WORDS, HUNDRED_WORDS, NEGATIVE_WORDS, SCALE_WORDS,
  TENS_WORDS, TEN_WORDS, UNAMBIGUOUS_FRACTIONS, UNIT_WORDS,
} from './number-words.ts'
import type { TokenView } from './token-view.ts'

const PATTERNS = {
  /** A whole number of one or two digits after a slash fraction ("١/٤ ٢"). */
  smallWhole: /^\d{1,2}$/u,
  /** The first group of space-separated thousands, and each later group. */
  leadingGroup: /^\d{1,3}$/u,
  thousandsGroup: /^\d{3}$/u,
} as const

/** A number phrase: digits, words or both ("2.5 مليون", "ثلاث مئة وواحد", "سبعة آلاف"). */
export interface CardinalMatch {
  /** Token range [from, to). */
  from: number
  to: number
  /** Source span: after a leading conjunction or preposition, keeping the article. */
  start: number
  end: number
  value: number
  /** Number words took part (not digits alone). */
  words: boolean
  /** The first word carried the article ("الثلاث سنوات", "الـ36"). */
  article: boolean
  /** The phrase is one word that is a bare unit or ten (ثلاثة، عشر): weak evidence alone. */
  single: boolean
  /** Digits only, one token, as written (for dates and times). */
  digits?: string
}

const MAX_WORDS = 24

type Part = 'unit' | 'ten' | 'teen' | 'tens' | 'hundred' | 'scale' | 'fraction' | 'digits'

interface Step {
  /** How the next word is joined: by و (attached or alone) or directly. */
  conj: boolean
  /** Index of the token holding the number, and the reading of it. */
  k: number
  rest: string
  pre: string
  article: boolean
}

/** Conjunction forms between number words: "مائة وستة", "و 200", "وثلاث". */
function nextStep(view: TokenView, j: number, first: boolean): Step | undefined {
  if (!view.joins(j)) return undefined
  const t = view.at(j)
  if (!t) return undefined
  if (first) return { conj: false, k: j, rest: t.norm, pre: '', article: false }
  if (t.type === 'word' && t.norm === 'و' && view.joins(j + 1)) {
    const n = view.at(j + 1)
    if (n) return { conj: true, k: j + 1, rest: n.norm, pre: '', article: false }
  }
  if (t.type === 'word' && t.norm.startsWith('و') && t.norm.length > 2) {
    return { conj: true, k: j, rest: t.norm.slice(1), pre: 'و', article: false }
  }
  return { conj: false, k: j, rest: t.norm, pre: '', article: false }
}

export interface CardinalOptions {
  /** Allow the article on the first word (the caller reads ordinals separately). Default true. */
  article?: boolean
}

/**
 * Reads the longest number phrase starting at token i, or undefined. Grammar: Arabic says units before
 * tens ("واحد وعشرون"), multiplies hundreds and scales by the count before them ("ثلاث مئة", "سبعة
 * آلاف", "2.5 مليون"), adds everything joined by و, and forms teens as unit + عشر.
 */
export function parseCardinal(view: TokenView, i: number, options: CardinalOptions = {}): CardinalMatch | undefined {
  const first = view.at(i)
  if (!first) return undefined
  let j = i
  let negative = false
  let start = first.start
  if (first.type === 'word' && NEGATIVE_WORDS.has(first.norm) && view.joins(i + 1)) {
    negative = true
    j = i + 1
  } else if (first.type === 'symbol' && (first.norm === '-' || first.norm === '+' || first.norm === '−')) {
    const n = view.at(i + 1)
    if (!n || n.type !== 'number' || !n.glued) return undefined
    negative = first.norm !== '+'
    j = i + 1
  }

  let total = 0
  let group = 0
  let lastAdd = 0
  let lastPart: Part | undefined
  let lastUnit = 0
  let words = false
  let article = false
  let count = 0
  let end = start
  let to = j
  let digits: string | undefined
  /** The smallest scale used so far: "مليون وألفين" adds a smaller scale; "7 آلاف و2.5 مليون" is two figures. */
  let lastScale = Infinity
  let snapshot: { total: number; group: number; count: number; end: number; to: number; j: number; lastPart?: Part } | undefined

  // The longest number phrase Arabic needs is about a dozen words ("واحد وعشرون تريليون وثلاث مائة …");
  // the cap keeps a pathological run ("ثلاثة و ثلاثة و …") from making the scan quadratic.
  for (; count < MAX_WORDS; ) {
    const step = nextStep(view, j, count === 0)
    if (!step) break
    if (step.conj) snapshot = { total, group, count, end, to, j, lastPart }
    const t = view.at(step.k)!
    const accept = (part: Part) => {
      lastPart = part
      count++
      end = t.end
      to = step.k + 1
      j = step.k + 1
    }
    if (t.type === 'number') {
      if (count > 0 && !(step.conj && (lastPart === 'scale' || lastPart === 'hundred'))) break
      // "و20" keeps the و outside the span; digits glued to another letter are handled by the caller.
      let v = parseDigits(t.norm)
      if (v === undefined) break
      let last = step.k
      if (count === 0) {
        const glued = (k: number) => view.at(k)?.glued === true && view.joins(k)
        // "٣/٤", "-٤/٥": a fraction written with a slash (dates were tried first and are longer).
        if (view.isSymbol(step.k + 1, '/') && glued(step.k + 1) && view.at(step.k + 2)?.type === 'number' && glued(step.k + 2)) {
          const d = parseDigits(view.at(step.k + 2)!.norm)
          // "2024/2025" is a fiscal or season year, two years, not a fraction near 1; "30/40 متر" is
          // "30 or 40 metres" (readRange), not ¾.
          const years = v >= 1000 && d !== undefined && d >= 1000
          if (d && !years && !isEitherOr(v, d) && !(view.at(step.k + 3)?.glued && view.isSymbol(step.k + 3, '/'))) {
            v = v / d
            last = step.k + 2
            // "١/٤ ٢": a whole number after the fraction in a right-to-left run (2¼).
            const whole = view.at(last + 1)
            if (v < 1 && whole?.type === 'number' && !whole.glued && view.joins(last + 1) && PATTERNS.smallWhole.test(whole.norm) && view.at(last + 2)?.type !== 'number') {
              v += Number(whole.norm)
              last++
            }
          }
        } else if (view.isSymbol(step.k + 1, '^') && glued(step.k + 1)) {
          // "١,١^٢٣", "٢,٥^-١": a power.
          let k = step.k + 2
          let sign = 1
          if (view.isSymbol(k, '-', '+') && glued(k)) {
            sign = view.at(k)!.norm === '-' ? -1 : 1
            k++
          }
          const e = view.at(k)?.type === 'number' && glued(k) ? parseDigits(view.at(k)!.norm) : undefined
          if (e !== undefined) {
            v = v ** (sign * e)
            last = k
          }
        } else if (PATTERNS.leadingGroup.test(t.norm)) {
          // "١ ٢٣٤ ٥٦٧": thousands separated by spaces, every later group exactly three digits.
          let k = step.k + 1
          let grouped = t.norm
          while (view.at(k)?.type === 'number' && !view.at(k)!.glued && view.joins(k) && PATTERNS.thousandsGroup.test(view.at(k)!.norm)) {
            grouped += view.at(k)!.norm
            k++
          }
          if (k > step.k + 1 && view.at(k)?.type !== 'number') {
            v = Number(grouped)
            last = k - 1
          }
        }
      }
      if (count === 0) {
        start = negative && first.type === 'symbol' ? first.start : negative ? first.start : t.start
        digits = t.norm
      }
      group += v
      lastAdd = v
      lastUnit = Number.isInteger(v) && v >= 1 && v <= 9 ? v : 0
      accept('digits')
      end = view.at(last)!.end
      to = last + 1
      j = last + 1
      continue
    }
    if (t.type !== 'word') break

    // The first word may carry clitics and the article; later words only the conjunction و.
    const readings =
      count === 0
        ? view.readings(step.k).filter((r) => options.article !== false || !r.article)
        : [{ pre: step.pre, article: false, rest: step.rest }]
    let matched = false
    for (const r of readings) {
      const w = r.rest
      const unit = UNIT_WORDS[w]
      const scale = SCALE_WORDS[w]
      const hundred = HUNDRED_WORDS[w]
      const tens = TENS_WORDS[w]
      let part: Part | undefined
      const teen = TEN_WORDS.has(w) && lastPart === 'unit'
      if (count > 0 && !step.conj && !teen && FRACTION_WORDS[w] !== undefined && group > 0 && lastPart !== 'fraction' && lastPart !== 'scale') {
        // "ثلاث وعشرون خمس" = 23/5: a singular fraction right after a count divides it.
        group = group * FRACTION_WORDS[w]
        part = 'fraction'
      } else if (unit !== undefined) {
        if (count > 0 && !step.conj) continue
        // Units join only after hundreds, scales and digits ("مائة وستة", "ألف وخمسة"); "عشرة و خمسة"
        // is two numbers. After tens only a fraction may follow ("عشرون وثلاثة أخماس").
        const nextWord = view.word(step.k + 1)
        const fractionNext = nextWord !== undefined && FRACTION_PLURALS[nextWord] !== undefined
        if (count > 0 && (lastPart === 'ten' || lastPart === 'teen' || lastPart === 'unit' || (lastPart === 'tens' && !fractionNext)) && FRACTION_WORDS[w] === undefined) continue
        // "ثلاث وخمس" is three and a fifth: units never add to a unit.
        if (count > 0 && lastPart === 'unit' && FRACTION_WORDS[w] !== undefined) {
          group += FRACTION_WORDS[w]
          part = 'fraction'
        } else {
          group += unit
          lastAdd = unit
          lastUnit = unit
          part = 'unit'
        }
      } else if (TEN_WORDS.has(w)) {
        if (count > 0 && !step.conj && lastPart === 'unit' && lastUnit >= 1) {
          group += 10
          lastAdd += 10
          part = 'teen'
        } else if (count === 0 || step.conj) {
          group += 10
          lastAdd = 10
          part = 'ten'
        } else continue
      } else if (tens !== undefined) {
        if (count > 0 && !step.conj) continue
        // "عشرة وعشرين" is two numbers (a range after بين), not thirty.
        if (count > 0 && (lastPart === 'ten' || lastPart === 'teen' || lastPart === 'tens')) continue
        group += tens
        lastAdd = tens
        part = 'tens'
      } else if (hundred !== undefined) {
        if (count > 0 && !step.conj && (lastPart === 'unit' || lastPart === 'digits') && hundred === 100 && lastUnit >= 1) {
          group = group - lastUnit + lastUnit * 100
        } else if (count === 0 || step.conj) {
          group += hundred
        } else continue
        lastAdd = hundred
        part = 'hundred'
      } else if (scale !== undefined) {
        if (scale.value >= lastScale) {
          // "مليون ونصف مليون": the scale said again after its fraction closes the phrase (taken in below).
          if (lastPart === 'fraction' && scale.value === lastScale) break
          // A second phrase began after و: give back what the conjunction took and stop.
          if (snapshot) ({ total, group, count, end, to, j, lastPart } = snapshot)
          break
        }
        lastScale = scale.value
        const counted = count > 0 && !step.conj && group > 0
        if (scale.form === 'plural' && !counted) continue
        if (scale.form === 'two' && counted) continue
        if (counted) {
          total += group * scale.value
        } else if (count === 0 || step.conj) {
          // ألفان says two by itself; "الفا"/"مليونا" alone is the dual construct state.
          const alone = scale.form === 'two' || ((w === 'الفا' || w === 'مليونا') && count === 0)
          total += group + (alone ? 2 : 1) * scale.value
        } else continue
        group = 0
        lastAdd = 0
        part = 'scale'
      } else if (DOZEN_WORDS[w] !== undefined) {
        if (count > 0 && !step.conj && DOZEN_WORDS[w] !== 'two') group = (group || 1) * 12
        else if (count === 0) group = DOZEN_WORDS[w] === 'two' ? 24 : 12
        else continue
        part = 'scale'
      } else if (count > 0 && !step.conj && FRACTION_PLURALS[w] !== undefined && lastAdd > 0) {
        // "ثلاثة أرباع", "مئة وثلاثة ارباع": a unit just before the plural is multiplied; after tens or
        // more the whole count is ("مئة وثلاثون أخماس" = 130/5).
        if (lastAdd < 10) group = group - lastAdd + lastAdd * FRACTION_PLURALS[w]
        else group = group * FRACTION_PLURALS[w]
        part = 'fraction'
      } else if ((count === 0 || step.conj) && FRACTION_DUALS[w] !== undefined) {
        group += FRACTION_DUALS[w]
        part = 'fraction'
      } else if (step.conj && count > 0 && FRACTION_WORDS[w] !== undefined) {
        // "مليون ونصف" is a million and a half of a million; "خمسة وربع" is five and a quarter.
        if (lastPart === 'scale' && group === 0 && Number.isFinite(lastScale)) total += FRACTION_WORDS[w] * lastScale
        else group += FRACTION_WORDS[w]
        part = 'fraction'
      } else if (count === 0 && UNAMBIGUOUS_FRACTIONS.has(w)) {
        group += FRACTION_WORDS[w]
        part = 'fraction'
      }
      if (part === undefined) continue
      if (count === 0) {
        start = negative ? first.start : view.offsetAfter(step.k, r.article ? r.pre : r.pre)
        article = r.article
        // Keep the article inside the span ("الثلاث سنوات"): step back over it.
        if (r.article) start = view.offsetAfter(step.k, r.pre)
      }
      words = true
      accept(part)
      matched = true
      break
    }
    if (!matched) break
  }
  if (count === 0) return undefined
  // "مليار ونصف المليار", "مليون ونصف مليون" (1.5 billion, million): the scale said again after its fraction.
  const again = view.word(to)
  // Bare first: "الف" (thousand) begins like the article.
  const repeated = again === undefined ? undefined : SCALE_WORDS[again] ?? (again.startsWith('ال') ? SCALE_WORDS[again.slice(2)] : undefined)
  if (lastPart === 'fraction' && Number.isFinite(lastScale) && repeated?.value === lastScale && view.joins(to)) {
    end = view.at(to)!.end
    to++
  }
  // "ثلاثة فاصلة خمسة" (3.5): a decimal point said as a word, digits of the fraction after it.
  if (words && view.isWord(to, 'فاصله', 'فاصل') && view.joins(to) && group + total > 0) {
    const decimals = parseCardinal(view, to + 1, { article: false })
    if (decimals && Number.isInteger(decimals.value) && decimals.value >= 0 && decimals.to - decimals.from <= 4) {
      group += decimals.value / 10 ** String(decimals.value).length
      to = decimals.to
      end = decimals.end
    }
  }
  // "4.1 مليار" is 4.1 × 10⁹, which binary floating point makes 4099999999.9999995: 15 significant digits
  // are more than news ever writes, and drop that error.
  const value = Number(((total + group) * (negative ? -1 : 1)).toPrecision(15))
  const single = count === 1 && words && (lastPart === 'unit' || lastPart === 'ten' || lastPart === 'fraction')
  return { from: i, to, start, end, value, words, article, single, digits: count === 1 && !words && to - i === 1 ? digits : undefined }
}

/**
 * "30/40", "20/25": two round-ish numbers of one size, the second larger, joined by a slash, say "this
 * or that" (a rough range), not a fraction: news writes fractions with a small numerator ("3/4", "1/3",
 * "15/100"). Shared with readRange (find-figures.ts), which reads them as a range.
 */
export function isEitherOr(first: number, second: number): boolean {
  return Number.isInteger(first) && Number.isInteger(second) && first >= 10 && second > first && second < 2 * first
}
