/**
 * The marks of the platforms whose pages prepare-clone reads before its walk (forum-thread.ts, site-tagline.ts,
 * google-doc.ts, telegram-post.ts, property-table.ts), gathered in one pass over the page: in linkedom each
 * querySelectorAll walks the whole tree, and five of them cost a page more than the rules they feed.
 */

export interface PlatformMarks {
  /** The page's first <h1>s (a site's name, then its headline). */
  headings: Element[]
  /** Posts of a forum thread, by the engines' classes and attributes (forum-thread.ts). */
  posts: Element[]
  /** The first div#contents: a published Google Doc's (google-doc.ts). */
  docContents?: Element
  /** Telegram posts' texts (div.tgme_widget_message_text). */
  telegramTexts: Element[]
  /** <div>s of role "table" (a page's property table, property-table.ts). */
  roleTables: Element[]
}

/** The first headings kept, and the most posts and tables (a thread page holds 10–40 posts). */
const MAX_HEADINGS = 5
const MAX_POSTS = 200
const MAX_TABLES = 20

/** Classes of a post in vBulletin 3/4 (li.postcontainer, li.postbitlegacy), XenForo (article.message--post). */
const POST_CLASS = /(?:^|\s)(?:postcontainer|postbitlegacy|message--post)(?:\s|$)/u
/** phpBB's post: div.post with its alternating background, bg1 or bg2. */
const PHPBB_POST_CLASS = /(?:^|\s)post(?:\s.*)?\s(?:bg1|bg2)(?:\s|$)|(?:^|\s)(?:bg1|bg2)\s(?:.*\s)?post(?:\s|$)/u
const TELEGRAM_TEXT_CLASS = /(?:^|\s)tgme_widget_message_text(?:\s|$)/u

export function findPlatformMarks(root: Element): PlatformMarks {
  const marks: PlatformMarks = { headings: [], posts: [], telegramTexts: [], roleTables: [] }
  let element: Element | null = root
  while (element) {
    const tag = element.localName
    if (tag === 'h1') {
      if (marks.headings.length < MAX_HEADINGS) marks.headings.push(element)
    } else if (element.hasAttributes()) readMarks(element, tag, marks)
    // Pre-order by first child, next sibling and parent, as detect-article.ts walks.
    const child: Element | null = element.firstElementChild
    if (child) {
      element = child
      continue
    }
    while (element && element !== root && !element.nextElementSibling) element = element.parentElement
    element = element && element !== root ? element.nextElementSibling : null
  }
  return marks
}

function readMarks(element: Element, tag: string, marks: PlatformMarks): void {
  // Only the tags the marks are on: each attribute read costs a lookup.
  if (tag === 'div') {
    const className = element.getAttribute('class')
    if (className) {
      if (marks.posts.length < MAX_POSTS && (POST_CLASS.test(className) || PHPBB_POST_CLASS.test(className))) marks.posts.push(element)
      else if (TELEGRAM_TEXT_CLASS.test(className)) marks.telegramTexts.push(element)
    }
    if (!marks.docContents && element.getAttribute('id') === 'contents') marks.docContents = element
    if (marks.roleTables.length < MAX_TABLES && element.getAttribute('role') === 'table') marks.roleTables.push(element)
  } else if (tag === 'li' || tag === 'article') {
    if (marks.posts.length >= MAX_POSTS) return
    const className = element.getAttribute('class')
    if ((className && POST_CLASS.test(className)) || (tag === 'article' && element.hasAttribute('data-post-id'))) marks.posts.push(element)
  }
}
