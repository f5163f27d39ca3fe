import { describe, expect, it } from 'vitest'
import { reportCreditEnd } from '../../../src/engine/summary/trim-report-credit.ts'

/** The sentence as the summary would show it, from where the credit ends. */
function shown(sentence: string, siteName?: string): string {
  return sentence.slice(reportCreditEnd(sentence, { start: 0, end: sentence.length }, siteName))
}

describe('reportCreditEnd', () => {
  it('takes a news outlet\'s credit off a Persian sentence: a reporter, an agency, the site itself', () => {
    expect(shown('به گزارش خبرنگار اقتصادی خبرگزاری فارس، مهدی کاظمی‌راد دبیر انجمن پسته ایران امروز گفت.')).toBe(
      'مهدی کاظمی‌راد دبیر انجمن پسته ایران امروز گفت.',
    )
    expect(shown('به گزارش ایسنا، مهدی شاکری‌نیا امروز در نشست خبری اعلام کرد.')).toBe('مهدی شاکری‌نیا امروز در نشست خبری اعلام کرد.')
    expect(shown('به گزارش ایرنا از تهران، نرخ تورم ماهانه در آبان کاهش یافت.')).toBe('نرخ تورم ماهانه در آبان کاهش یافت.')
    expect(shown('به گزارش خبرگزاری تسنیم از کاشان، فاز نخست نیروگاه خورشیدی افتتاح شد.')).toBe('فاز نخست نیروگاه خورشیدی افتتاح شد.')
    expect(shown('به گزارش همشهری آنلاین، علیرضا نوروزیان از طرح تازه ترافیک خبر داد.', 'همشهری آنلاین')).toBe('علیرضا نوروزیان از طرح تازه ترافیک خبر داد.')
    expect(shown('به گزارش "ورزش سه"، پورتو در دو هفته آینده دو مسابقه خارج از خانه دارد.', 'ورزش سه')).toBe('پورتو در دو هفته آینده دو مسابقه خارج از خانه دارد.')
    // The site named with its kind in its metadata signs without it.
    expect(shown('به گزارش خراسان‌نما، این قنات با طول تقریبی چهار کیلومتر احیا شد.', 'خبرگزاری خراسان‌نما')).toBe('این قنات با طول تقریبی چهار کیلومتر احیا شد.')
  })

  it('keeps the credit of whoever the news comes from: a statistics centre, a press office, another paper', () => {
    for (const sentence of [
      'به گزارش مرکز آمار، نرخ تورم نقطه به نقطه در آبان به ۳۲ درصد رسید.',
      'به گزارش روابط عمومی شهرداری منطقه ۸، این بوستان با مساحت ۱۲ هزار مترمربع بازگشایی شد.',
      'به گزارش روزنامه شرق، مجلس طرح تازه‌ای را بررسی می‌کند.',
      'به گزارش استانداری فارس، بارندگی‌ها در استان ادامه دارد.',
    ]) expect(shown(sentence), sentence).toBe(sentence)
  })

  it('keeps a sentence that is little more than its credit, and one with no credit', () => {
    expect(shown('به گزارش ایسنا، جلسه لغو شد.')).toBe('به گزارش ایسنا، جلسه لغو شد.')
    expect(shown('وزیر نیرو گفت: ظرفیت نیروگاه افزایش یافت.')).toBe('وزیر نیرو گفت: ظرفیت نیروگاه افزایش یافت.')
  })
})
