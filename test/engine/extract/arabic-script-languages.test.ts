/**
 * Articles in Arabic-script languages other than Arabic, Persian and Urdu, read end to end: the language
 * comes from the text's own letters whatever the page declares, and the analysis looks for no names and no
 * number words in them (the names model and the number grammar are Arabic). Before, a Sindhi or Uyghur
 * page read as Arabic and the names model found "people" among its ordinary words. The texts are written
 * for these tests.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { detectArticle } from '../../../src/engine/components/detect-article.ts'
import { analyzeArticle } from '../../../src/engine/index.ts'

const ARTICLES: { lang: string; declared: string; title: string; paragraphs: string[] }[] = [
  {
    lang: 'ckb',
    declared: 'ku',
    title: 'مووچەی فەرمانبەران لە هەفتەی داهاتوودا دابەش دەکرێت',
    paragraphs: [
      'حکومەتی هەرێمی کوردستان ڕایگەیاند کە مووچەی مانگی ڕابردووی فەرمانبەران لە هەفتەی داهاتوودا دابەش دەکرێت، دوای ئەوەی پارەکە لە بەغداوە گەیشت.',
      'وەزیری دارایی لە کۆنگرەیەکی ڕۆژنامەوانیدا گوتی بڕی ٩٠٠ ملیار دینار بۆ ئەم مەبەستە تەرخان کراوە و هەموو فەرمانگەکان ئاگادار کراونەتەوە.',
      'ئەو ڕوونیشی کردەوە کە دابەشکردن لە هەولێرەوە دەست پێدەکات و دواتر سلێمانی و دهۆک دەگرێتەوە، بە پێی خشتەیەک کە ڕۆژی یەکشەممە بڵاو دەکرێتەوە.',
      'فەرمانبەرانی زۆر لە شارەکان داوای ئەوەیان کردبوو کە مووچەکان لە کاتی خۆیدا بدرێن، چونکە نرخی کەلوپەلی ناوماڵ لەم مانگانەدا بەرز بووەتەوە.',
    ],
  },
  {
    lang: 'ps',
    declared: 'fa',
    title: 'د ولایت د سړک جوړولو کار راتلونکې اونۍ پیلیږي',
    paragraphs: [
      'د ولایت والي په یوه خبري غونډه کې وویل چې د ښار او ولسوالیو ترمنځ د نوي سړک جوړولو کار به راتلونکې اونۍ پیل شي.',
      'د هغه په وینا، دغه سړک ۴۵ کیلومتره اوږد دی او د جوړولو لګښت یې شاوخوا ۱۲ میلیونه ډالره اټکل شوی، چې ټوله پیسې یې د ملي بودیجې څخه ورکول کیږي.',
      'والي زیاته کړه چې د سیمې له خلکو څخه به تر دوه سوو زیات کارګر ونیول شي او هغوی ته به هره میاشت منظم معاش ورکړل شي.',
      'د سیمې اوسیدونکو دغه پرېکړه ښه وبلله او ویې ویل چې په ژمي کې د سړک د نه شتون له امله ناروغانو ته روغتون ته رسېدل ډېر ستونزمن وو.',
    ],
  },
  {
    lang: 'sd',
    declared: 'en-US',
    title: 'صوبي ۾ ٻه سؤ نوان اسڪول کوليا ويندا',
    paragraphs: [
      'سنڌ حڪومت اعلان ڪيو آهي ته صوبي جي ٻهراڙين ۾ هن سال ٻه سؤ نوان پرائمري اسڪول کوليا ويندا، جن لاءِ بجيٽ ۾ رقم رکي وئي آهي.',
      'تعليم واري وزير ڪراچي ۾ پريس ڪانفرنس دوران چيو ته نون اسڪولن لاءِ 3000 استاد ڀرتي ڪيا ويندا ۽ ڀرتي جو عمل ايندڙ مهيني شروع ٿيندو.',
      'هن وڌيڪ ٻڌايو ته اسڪولن جون عمارتون مقامي ماڻهن جي مدد سان ٺاهيون وينديون ۽ هر اسڪول ۾ پيئڻ جي صاف پاڻي جو بندوبست ڪيو ويندو.',
      'ٻهراڙين جي رهاڪن چيو ته ڳوٺن ۾ اسڪول نه هجڻ ڪري ٻارن کي روزانو ڪيترائي ڪلوميٽر پنڌ ڪري ٻئي ڳوٺ وڃڻو پوندو هو.',
    ],
  },
  {
    lang: 'ug',
    declared: 'tr',
    title: 'شەھەرلىك ھۆكۈمەت يېڭى دوختۇرخانا قۇرىدۇ',
    paragraphs: [
      'شەھەرلىك ھۆكۈمەت بۇ يىل شەھەرنىڭ جەنۇبىي رايونىدا يېڭى دوختۇرخانا قۇرۇشنى قارار قىلدى ۋە بۇ خىزمەت كېلەر ئايدا باشلىنىدۇ.',
      'ھۆكۈمەتنىڭ باياناتىغا قارىغاندا، دوختۇرخانىدا 300 كارىۋات بولىدۇ ۋە قۇرۇلۇش ئىككى يىلدا تاماملىنىدۇ دەپ مۆلچەرلەنمەكتە.',
      'سەھىيە ئىدارىسىنىڭ مەسئۇلى مۇخبىرلارغا بەرگەن سۆزىدە، يېڭى دوختۇرخانا ئېچىلغاندىن كېيىن ئاھالىلەرنىڭ داۋالىنىش ئۈچۈن ئۇزاق يول يۈرۈشىگە ھاجەت قالمايدىغانلىقىنى ئېيتتى.',
      'رايون ئاھالىلىرى بۇ قارارنى قارشى ئالدى ۋە ئۇلار ئۇزۇندىن بۇيان بۇنداق بىر دوختۇرخانىنى كۈتۈپ كەلگەنلىكىنى بىلدۈردى.',
    ],
  },
]

const URL = 'https://news.example/2026/05/12/story'

function page(declared: string, title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="${declared}"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><article><h1>${title}</h1><time datetime="2026-05-12T09:00">2026-05-12</time>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`
}

describe('articles in Central Kurdish, Pashto, Sindhi and Uyghur', () => {
  it.each(ARTICLES)('$lang (the page says $declared): detected, read right to left in its language, no names or number words', async ({ lang, declared, title, paragraphs }) => {
    const html = page(declared, title, paragraphs)
    const verdict = detectArticle(parseHtml(html, URL), URL)
    expect(verdict).toMatchObject({ isArticle: true, lang })
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    if (!result.isArticle) throw new Error(result.reason)
    expect(result.doc).toMatchObject({ lang, dir: 'rtl', title })
    expect(result.doc.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(paragraphs.length)

    const analysed = await analyzeArticle(result.doc)
    expect(analysed.entities).toBeUndefined()
    // Figures are still found where they start with a digit.
    expect(analysed.figures?.length).toBeGreaterThan(0)
    for (const figure of analysed.figures ?? []) expect(analysed.text.slice(figure.start, figure.end)).toMatch(/^[\d٠-٩۰-۹]/u)
    expect(analysed.summary?.length).toBeGreaterThan(0)
  })
})
