import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { isSamePicture, isThumbnailAddress, pictureKey } from '../../../src/engine/extract/same-picture.ts'

describe('isSamePicture: one picture at two sizes', () => {
  it.each([
    ['WordPress sizes in the name', 'https://a.example/wp-content/uploads/2024/05/dam-opening.jpg', 'https://a.example/wp-content/uploads/2024/05/dam-opening-696x392.jpg'],
    ['Drupal image styles', 'https://a.example/sites/default/files/styles/og_image/public/2024-06/souk-sfax.jpg?itok=Pq7d', 'https://a.example/sites/default/files/styles/large_article/public/2024-06/souk-sfax.jpg?itok=Lr5c'],
    ['a resizer’s size folders', 'https://a.example/images/v1/2024/04/12/1705432/1200/630/1-1705432.jpg', 'https://a.example/images/v1/2024/04/12/1705432/800/450/1-1705432.jpg'],
    ['Next.js’s image proxy', 'https://cdn.a.example/uploads/Doc-P-1412733-638503608911234567.jpg', 'https://a.example/_next/image?url=https%3A%2F%2Fcdn.a.example%2Fuploads%2FDoc-P-1412733-638503608911234567.jpg&w=1920&q=75'],
    ['a rendition suffix', 'https://gdb.a.example/01000000-0aff-0242-6a4e-08dd08b1c2f3_w1200_h630.jpg', 'https://gdb.a.example/01000000-0aff-0242-6a4e-08dd08b1c2f3_w1023_r1_s.jpg'],
    ['a width closing the name', 'https://a.example/image/68561702_600.webp', 'https://a.example/image/68561702_605.webp'],
    ['a second extension', 'https://a.example/img/1093612601_1920x0_80.jpg', 'https://a.example/img/1093612601_1920x0_80.jpg.webp'],
    ['a plain name told by its folder', 'https://a.example/polopoly_fs/1.5234870.1731870125!/image/image.jpg', 'https://a.example/polopoly_fs/1.5234870.1731870125!/image/image.jpg_gen/derivatives/landscape_804/image.jpg'],
    ['a plain name told by its query', 'https://a.example/image.php?token=a4c91e7f&size=', 'https://a.example/image.php?token=a4c91e7f&size=large'],
    ['a thumbnail marked "th_"', 'https://a.example/image/news/2025/10/26/th_olive_nablus_1.jpg', 'https://a.example/image/news/2025/10/26/olive_nablus_1.jpg'],
    ['an Arabic name, percent-encoded or not', 'https://a.example/wp-content/uploads/2024/05/وزارة-العمل-1.jpg', 'https://a.example/wp-content/uploads/2024/05/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%B9%D9%85%D9%84-1-696x392.jpg'],
  ])('%s', (_, a, b) => {
    expect(isSamePicture(a, b)).toBe(true)
  })

  it.each([
    ['a gallery’s numbered pictures', 'https://a.example/uploads/2024/06/قمح-1-660x330.jpg', 'https://a.example/uploads/2024/06/قمح-2-300x200.jpg'],
    ['numbered pictures of one story', 'https://a.example/news/large/2024/03/15/2318842_0.jpg', 'https://a.example/news/large/2024/03/15/2318842_1.jpg'],
    ['plain names in one folder', 'https://a.example/UploadCache/libfiles/1215/4/600x338o/712.jpg', 'https://a.example/UploadCache/libfiles/1215/4/600x338o/718.jpg'],
    ['a year is no width', 'https://a.example/uploads/revenue-statement-may-2023.jpg', 'https://a.example/uploads/revenue-statement-may-2024.jpg'],
    ['another token', 'https://a.example/image.php?token=a4c91e7f&size=large', 'https://a.example/image.php?token=9c2e71b0&size=large'],
  ])('not %s', (_, a, b) => {
    expect(isSamePicture(a, b)).toBe(false)
  })

  it('has no key for what is no address', () => {
    expect(pictureKey('not a url')).toBeUndefined()
  })
})

describe('the lead picture shown once', () => {
  const text = 'أعلنت وزارة الطاقة اليوم الثلاثاء افتتاح محطة جديدة لتحلية المياه بطاقة تبلغ مئتي ألف متر مكعب يوميا، في خطوة قالت إنها تسد حاجة ثلاث محافظات ساحلية خلال أشهر الصيف.'
  const html = `<html lang="ar" dir="rtl"><head><meta property="og:image" content="https://a.example/wp-content/uploads/2024/05/desal-plant.jpg"></head>
    <body><article><h1>افتتاح محطة لتحلية المياه</h1><figure><img src="https://a.example/wp-content/uploads/2024/05/desal-plant-696x392.jpg" alt="المحطة"></figure>
    <p>${text}</p><p>${text}</p><p>${text}</p></article></body></html>`

  it('takes the body’s copy of the declared picture as the lead, so the reader shows it once', () => {
    const result = extractArticle(parseHtml(html, 'https://a.example/2024/05/desal'), { url: 'https://a.example/2024/05/desal' })
    if (!result.isArticle) throw new Error(result.reason)
    const images = result.doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)
    expect(images).toEqual(['https://a.example/wp-content/uploads/2024/05/desal-plant-696x392.jpg'])
    expect(result.doc.leadImage).toEqual({ src: images[0], alt: 'المحطة' })
  })
})

describe('a declared thumbnail of the picture under the headline', () => {
  const text = 'أعلنت وزارة الزراعة اليوم بدء موسم قطف الزيتون في محافظات الشمال، وسط توقعات بإنتاج يفوق العام الماضي بنحو عشرين في المئة بفضل الأمطار الغزيرة التي هطلت خلال الشتاء.'
  const html = `<html lang="ar" dir="rtl"><head><meta property="og:image" content="https://a.example/image/news/2025/10/26/th_olive_1.jpg"></head>
    <body><div class="news-head"><h1>بدء موسم قطف الزيتون</h1><img src="https://a.example/image/news/2025/10/26/olive_1.jpg" alt="موسم الزيتون"></div>
    <div class="news-text"><p>${text}</p><p>${text}</p><p>${text}</p></div></body></html>`

  it('knows a thumbnail by its name', () => {
    expect(isThumbnailAddress('https://a.example/image/news/2025/10/26/th_olive_1.jpg')).toBe(true)
    expect(isThumbnailAddress('https://a.example/uploads/photo-thumb.jpg')).toBe(true)
    expect(isThumbnailAddress('https://a.example/image/news/2025/10/26/olive_1.jpg')).toBe(false)
    expect(isThumbnailAddress('not a url')).toBe(false)
  })

  it('shows the picture as the page shows it, not the thumbnail it declares (Al-Hayat Al-Jadida)', () => {
    const result = extractArticle(parseHtml(html, 'https://a.example/news/1'), { url: 'https://a.example/news/1' })
    if (!result.isArticle) throw new Error(result.reason)
    expect(result.doc.leadImage?.src).toBe('https://a.example/image/news/2025/10/26/olive_1.jpg')
  })
})
