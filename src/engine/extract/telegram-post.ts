/**
 * One Telegram post at its own address (t.me/<channel>/<id>, the page a post's link opens): the page's <title> and og:
 * tags are the channel's, and a news channel writes its headline as the post's first line, in bold ("🔴<b>زاینده‌رود پس از
 * هفت ماه دوباره به اصفهان رسید</b><br><br>🔹…"). That line becomes the page's headline; the post's signature names its
 * writer; the emoji that open its lines are bullets, no text; the channel's photo is no picture of the post. A channel's page of many posts is no article
 * (listing-address.ts).
 */
import { findPlatformMarks, type PlatformMarks } from './platform-marks.ts'

export interface TelegramPost {
  writer?: string
}

/** A headline is a line. */
const MAX_HEADLINE_CHARS = 200

export function readTelegramPost(root: Element, marks: PlatformMarks = findPlatformMarks(root)): TelegramPost | undefined {
  const texts = marks.telegramTexts
  if (texts.length !== 1 || !texts[0]!.parentNode) return undefined
  const text = texts[0]!
  dropLineEmoji(text)
  const first = firstContent(text)
  if (first?.localName === 'b' && isLineEnd(first.nextSibling)) {
    const line = (first.textContent ?? '').trim()
    if (line && line.length <= MAX_HEADLINE_CHARS) {
      const heading = text.ownerDocument.createElement('h1')
      heading.textContent = line
      // Out of the post's text, before it: the headline, not its first paragraph.
      text.parentNode?.insertBefore(heading, text)
      while (text.firstChild && text.firstChild !== first) text.firstChild.remove()
      first.remove()
      while (text.firstChild && (isLineEnd(text.firstChild) || isBlank(text.firstChild))) text.firstChild.remove()
    }
  }
  // The channel's photo beside the post and over its description: no picture of the post's.
  for (const photo of Array.from(root.querySelectorAll('.tgme_widget_message_user_photo, .tgme_page_photo_image'))) photo.remove()
  const writer = root.querySelector('.tgme_widget_message_from_author')?.textContent?.trim()
  return { writer: writer || undefined }
}

/** The emoji drawn at a line's start (<i class="emoji"><b>🔹</b></i> after a <br> or opening the post). */
function dropLineEmoji(text: Element): void {
  for (const emoji of Array.from(text.querySelectorAll('i.emoji'))) {
    let before = emoji.previousSibling
    while (before && isBlank(before)) before = before.previousSibling
    if (!before || isLineEnd(before)) emoji.remove()
  }
}

function firstContent(text: Element): Element | undefined {
  for (let node = text.firstChild; node; node = node.nextSibling) {
    if (isBlank(node)) continue
    return node.nodeType === ELEMENT_NODE ? (node as Element) : undefined
  }
  return undefined
}

function isLineEnd(node: Node | null): boolean {
  return node !== null && node.nodeType === ELEMENT_NODE && (node as Element).localName === 'br'
}

function isBlank(node: Node): boolean {
  return node.nodeType === TEXT_NODE && !(node.nodeValue ?? '').trim()
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3
