/**
 * A forum thread read at its address is its opening post: the replies under it are readers' comments (the reader drops
 * a news site's comments too), however long, and quote the post back ("المشاركة الأصلية كتبت بواسطة …"). Known by the
 * forum engines' own markup, so that a list of a blog's posts (WordPress's article#post-123 cards) is never taken for
 * a thread: vBulletin 3/4 (li.postcontainer, li.postbitlegacy), phpBB (div.post.bg1), XenForo, Discourse (platform-marks.ts).
 */
import { findPlatformMarks, type PlatformMarks } from './platform-marks.ts'
import { renameElement } from './rename-element.ts'

/** Where each engine names a post's writer. */
const WRITER_SELECTOR = 'a.username, .username strong, .message-name, .names .full-name, .names .username, .postauthor, .author strong'

/** The post's furniture: its writer's box (title, join date, count of posts), signature and controls. */
const FURNITURE_SELECTOR = '.userinfo, .signature, .signaturecontainer, .postfoot, .postprofile, .message-userDetails, .message-footer'

/**
 * Removes every post of a thread but the first from `root`, and the first's furniture, and returns the opening post's writer, as the engine
 * names it; nothing when the page holds fewer than two posts side by side.
 */
export function keepOpeningPost(root: Element, marks: PlatformMarks = findPlatformMarks(root)): string | undefined {
  const posts = marks.posts
  // Posts of one thread are siblings; a post nested in another (a quoted one) is not a reply.
  const first = posts[0]
  if (!first) return undefined
  const replies = posts.filter((post) => post !== first && post.parentElement === first.parentElement)
  if (!replies.length) return undefined
  for (const reply of replies) reply.remove()
  const writer = first.querySelector(WRITER_SELECTOR)?.textContent?.replace(/\s+/gu, ' ').trim()
  for (const furniture of Array.from(first.querySelectorAll(FURNITURE_SELECTOR))) furniture.remove()
  // vBulletin sets a post's text in a <blockquote class="postcontent">: the post itself, no quotation; and the post in
  // an <li> of the thread's list, no list item once it is alone.
  for (const text of Array.from(first.querySelectorAll('blockquote.postcontent'))) renameElement(text, 'div', { keepAttributes: false })
  if (first.localName === 'li') {
    const list = first.parentElement
    renameElement(first, 'div', { keepAttributes: false })
    if (list && (list.localName === 'ol' || list.localName === 'ul')) renameElement(list, 'div', { keepAttributes: false })
  }
  // vBulletin's headline is labelled ("الموضوع: <span class="threadtitle">…</span>"): the title alone is the headline.
  const title = root.querySelector('h1 .threadtitle')
  const heading = title?.closest('h1')
  if (title && heading) heading.replaceChildren(...Array.from(title.childNodes))
  return writer || undefined
}
