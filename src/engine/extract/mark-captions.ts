/**
 * Captions written without <figure>/<figcaption>, which would otherwise read as paragraphs of the body:
 * - known by their class: Elaph's td.ImgCaption under a table image, Sky News's span.image-caption and
 *   span.image-credit, Drupal's div.media-caption, Al-Masry Al-Youm's p.imgtitle, a French CMS's div.legende;
 * - known by their place: the short line right after a picture in the same block (FilGoal's div.inner-img >
 *   img + span, Al-Ahram's Word-pasted <p><img><br><span>…</span></p>, archive.today's <div><img><div>…</div></div>), or the centred, small-type line in the
 *   block after a picture's own (Sada El Balad, Al-Sharq: <p align=center><img></p><p align=center><span
 *   style="font-size:14px">…</span></p>) or bare text centred like its picture (CGTN Arabic), or the centred cell in the row under a picture's own (Xinhua).
 * prepare-clone moves their text into a <figcaption>, which build-blocks shows as a caption. A marker class would
 * not do: Readability rewrites such boxes (a div holding only text becomes a new <p>) and drops their classes.
 */
const PATTERNS = {
  // (French CMSs name it "légende": Alwihda's div.legende under the photo; not a chart's English "legend".)
  captionName: /caption|(?:image|img|photo|pic)[-_]?credit|(?:image|img|photo|pic)\w*?[-_]+desc|(?:^|[\s_-])(?:image|img|photo|pic)[-_]?title(?:$|[\s_-])|(?:^|[\s_-])l[eé]gende(?:$|[\s_-])/iu,
  centred: /text-align\s*:\s*center/iu,
  smallType: /font-size|color/iu,
} as const

/** A caption is a line or two; an element so named holding more is a wrapper of other things. */
const MAX_CAPTION_CHARS = 300
/** A caption known only by its place is shorter: one line under the picture. */
const MAX_PLACED_CAPTION_CHARS = 160
/** Inline wrappers a caption's text sits in (bold lines under a picture are subheadings as often). */
const CAPTION_WRAPPERS = new Set(['span', 'em', 'i', 'small', 'font'])
const ELEMENT_NODE = 1
const TEXT_NODE = 3

export function isCaptionName(className: string | null): boolean {
  return className !== null && PATTERNS.captionName.test(className)
}

/**
 * Wraps the element's content in a <figcaption> when it is short, holds no paragraphs and is in no caption. One
 * paragraph holding all its text is the caption itself (Drupal's caption field: div.field--name-field-image-caption > p).
 */
export function markCaption(element: Element): void {
  const paragraphs = element.getElementsByTagName('p')
  if (paragraphs.length > 1 || element.getElementsByTagName('figcaption').length) return
  if ((element.textContent ?? '').length > MAX_CAPTION_CHARS) return
  if (paragraphs.length === 1) {
    const only = paragraphs[0]
    if ((only.textContent ?? '').trim() !== (element.textContent ?? '').trim()) return
    while (only.firstChild) element.insertBefore(only.firstChild, only)
    only.remove()
  }
  // A credit inside a real caption (figcaption > span.image-credit) is part of it already; the site's style sets it on
  // a line of its own, and run into the caption's last word it made one word of two ("بأبوظبيCredit:").
  for (let up = element.parentElement; up; up = up.parentElement) {
    if (up.localName !== 'figcaption') continue
    if (element.previousSibling) element.parentNode?.insertBefore(element.ownerDocument.createTextNode(' '), element)
    return
  }
  const caption = element.ownerDocument.createElement('figcaption')
  while (element.firstChild) caption.appendChild(element.firstChild)
  element.appendChild(caption)
}

/** A box holding a picture and no more text than a caption (more is a teaser or a gallery). */
export function isPictureBox(element: Element): boolean {
  if (!element.getElementsByTagName('img').length) return false
  return (element.textContent ?? '').replace(/\s+/gu, ' ').length <= MAX_CAPTION_CHARS
}

/** Marks the caption a picture's place gives it, if any (see the module comment). */
export function markCaptionAfterPicture(img: Element): void {
  if (markCaptionRepeatingTitle(img)) return
  const picture = img.parentElement?.localName === 'a' ? img.parentElement : img
  // A line right after the picture in a <figure> that has no <figcaption> is its caption (Hugo's PaperMod writes the
  // cover's caption as figure.entry-cover > img + p).
  const figure = picture.parentElement
  if (figure?.localName === 'figure' && !figure.getElementsByTagName('figcaption').length) {
    const next = picture.nextElementSibling
    if (next && (next.localName === 'p' || CAPTION_WRAPPERS.has(next.localName)) && !next.nextElementSibling && isShortLine(next)) markCaption(next)
    return
  }
  const inline = lastAfter(picture)
  if (inline) {
    if ((CAPTION_WRAPPERS.has(inline.localName) || isCaptionBlockBelow(picture, inline)) && isShortLine(inline)) markCaption(inline)
    return
  }
  const block = picture.parentElement
  if (block?.localName === 'td' && !(block.textContent ?? '').trim()) {
    markCaptionCellBelow(block)
    return
  }
  if (!block || !['p', 'div'].includes(block.localName) || (block.textContent ?? '').trim()) return
  const next = block.nextElementSibling
  if (!next || !['p', 'div'].includes(next.localName) || !isShortLine(next) || !isCentred(next)) return
  const inner = next.firstElementChild
  // Bare text centred under a picture centred the same way is its caption (CGTN Arabic's <p style="text-align:
  // center"> pair); a bare line under a picture laid out otherwise may be the text going on.
  if (!inner) {
    if (isCentred(block)) markCaption(next)
    return
  }
  if (inner.nextElementSibling || !CAPTION_WRAPPERS.has(inner.localName)) return
  if (inner.localName === 'span' && !PATTERNS.smallType.test(inner.getAttribute('style') ?? '')) return
  markCaption(next)
}

/** How many boxes up from a picture its repeated title is looked for: Sputnik's div.media > div.media__size > div > img. */
const TITLE_SEARCH_DEPTH = 3

/**
 * A line after the picture, in its box, that says what the picture's own title or alt says is its caption, whatever its
 * tag and class (Sputnik's div.media__title under div.media__size, the alt adding the site and a date: "… - سبوتنيك عربي,
 * 1920, 12.03.2026"). Looked for in the next two elements at each of the first boxes up, while they hold no more than a
 * caption's text.
 */
function markCaptionRepeatingTitle(img: Element): boolean {
  const said = [img.getAttribute('title'), img.getAttribute('alt')].map((value) => (value ?? '').replace(/\s+/gu, ' ').trim()).filter((value) => value.length >= 10)
  if (!said.length) return false
  let branch: Element = img
  for (let depth = 0; depth < TITLE_SEARCH_DEPTH; depth++) {
    const box = branch.parentElement
    if (!box) return false
    let next = branch.nextElementSibling
    for (let k = 0; k < 2 && next; k++, next = next.nextElementSibling) {
      if (next.firstElementChild || next.localName === 'figcaption') continue
      const text = (next.textContent ?? '').replace(/\s+/gu, ' ').trim()
      if (text.length < 10 || text.length > MAX_CAPTION_CHARS || !said.some((value) => value === text || value.startsWith(text))) continue
      // (Only in the picture's own box: a paragraph that happens to repeat a picture's title in the text is the text's. Read
      // last, as a box's whole text costs a walk of it.)
      if ((box.textContent ?? '').replace(/\s+/gu, ' ').length > MAX_CAPTION_CHARS * 2) return false
      markCaption(next)
      return true
    }
    branch = box
  }
  return false
}

/**
 * A picture alone in a table's only cell, its caption in the only cell of the next row, centred, in an inline wrapper
 * (Xinhua's <tr><td align=center><img></td></tr><tr><td align=center><font color=navy>…</font></td></tr>). The table
 * says which line belongs to the picture, so the caption may be as long as one known by its class.
 */
function markCaptionCellBelow(cell: Element): void {
  const row = cell.parentElement
  if (!row || row.localName !== 'tr' || row.children.length !== 1) return
  const next = row.nextElementSibling
  if (!next || next.localName !== 'tr' || next.children.length !== 1) return
  const below = next.firstElementChild!
  if (!isCentred(below) || below.getElementsByTagName('a').length || below.getElementsByTagName('img').length) return
  const inner = below.firstElementChild
  if (!inner || inner.nextElementSibling || !CAPTION_WRAPPERS.has(inner.localName)) return
  if ((below.textContent ?? '').replace(/\s+/gu, ' ').trim().length > MAX_CAPTION_CHARS) return
  markCaption(below)
}

/**
 * A picture box that is the picture and one line under it, as blocks: <div><img><div>…</div></div>. A page whose
 * figures lost their tags reads so (archive.today's snapshots turn <figure> and <figcaption> into plain <div>s).
 */
function isCaptionBlockBelow(picture: Element, line: Element): boolean {
  return line.localName === 'div' && !line.firstElementChild && picture.parentElement?.firstElementChild === picture
}

/** The one element after `node` in its parent (past <br>s and blank text) when nothing else follows it. */
function lastAfter(node: Element): Element | undefined {
  let found: Element | undefined
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === TEXT_NODE) {
      if ((next.nodeValue ?? '').trim()) return undefined
      continue
    }
    if (next.nodeType !== ELEMENT_NODE) continue
    const element = next as Element
    if (element.localName === 'br') continue
    if (found) return undefined
    found = element
  }
  return found
}

function isShortLine(element: Element): boolean {
  const text = (element.textContent ?? '').replace(/\s+/gu, ' ').trim()
  return text.length >= 3 && text.length <= MAX_PLACED_CAPTION_CHARS && !element.getElementsByTagName('a').length && !element.getElementsByTagName('img').length
}

function isCentred(element: Element): boolean {
  return PATTERNS.centred.test(element.getAttribute('style') ?? '') || element.getAttribute('align')?.toLowerCase() === 'center'
}

/**
 * A box that says it is a figure (role="figure", a notebook's image block: Notion's div[role=figure] of the picture's
 * wrappers and a caption leaf): the text in it after the picture is its caption.
 */
export function markFigureRoleCaption(figure: Element): void {
  if ((figure.textContent ?? '').replace(/\s+/gu, ' ').trim().length > MAX_CAPTION_CHARS) return
  // In document order: the first text leaf after the picture.
  let seenPicture = false
  for (const element of Array.from(figure.querySelectorAll('img, div, p, span'))) {
    if (element.localName === 'img') seenPicture = true
    else if (seenPicture && !element.firstElementChild && (element.textContent ?? '').trim()) {
      markCaption(element)
      return
    }
  }
}
