/**
 * The marks of the platforms whose pages prepare-clone reads before its walk (forum-thread.ts, site-tagline.ts,
 * google-doc.ts, telegram-post.ts, property-table.ts, pre-text.ts, layout-grid.ts, verse-lines.ts,
 * compose-shadow.ts, notes-after-text.ts), gathered in one pass over the page: in linkedom each querySelectorAll walks the whole tree, and
 * a query for each would cost a page more than the rules they feed.
 */

import { VERSE_CLASS } from './verse-lines.ts'
import { NOTES_CLASS } from './notes-after-text.ts'

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
  /** <pre>s: a dispatch set as plain text (pre-text.ts). */
  pres: Element[]
  /** A page builder's layout grids (div.sqs-layout, layout-grid.ts). */
  layoutGrids: Element[]
  /** A poem's verse boxes (div.bayt, div.sher, verse-lines.ts). */
  verses: Element[]
  /** Whether the page serialises a shadow root (<template shadowrootmode>, compose-shadow.ts). */
  shadowRoots: boolean
  /** Sections named as notes or references (notes-after-text.ts). */
  notes: Element[]
}

/** The first headings kept, and the most posts and tables (a thread page holds 10–40 posts). */
const MAX_HEADINGS = 5
const MAX_POSTS = 200
const MAX_TABLES = 20
const MAX_PRES = 20
const MAX_GRIDS = 20
/** A long poem has a few hundred verses. */
const MAX_VERSES = 1_000

/** Classes of a post in vBulletin 3/4 (li.postcontainer, li.postbitlegacy), XenForo (article.message--post). */
const POST_CLASS = /(?:^|\s)(?:postcontainer|postbitlegacy|message--post)(?:\s|$)/u
/** phpBB's post: div.post with its alternating background, bg1 or bg2. */
const PHPBB_POST_CLASS = /(?:^|\s)post(?:\s.*)?\s(?:bg1|bg2)(?:\s|$)|(?:^|\s)(?:bg1|bg2)\s(?:.*\s)?post(?:\s|$)/u
/** Squarespace's layout of a post's blocks. */
const LAYOUT_GRID_CLASS = /(?:^|\s)sqs-layout(?:\s|$)/u
const TELEGRAM_TEXT_CLASS = /(?:^|\s)tgme_widget_message_text(?:\s|$)/u

export function findPlatformMarks(root: Element): PlatformMarks {
  const marks: PlatformMarks = { headings: [], posts: [], telegramTexts: [], roleTables: [], pres: [], layoutGrids: [], verses: [], shadowRoots: false, notes: [] }
  let element: Element | null = root
  while (element) {
    const tag = element.localName
    if (tag === 'h1') {
      if (marks.headings.length < MAX_HEADINGS) marks.headings.push(element)
    } else if (tag === 'template') {
      if (element.hasAttribute('shadowrootmode')) marks.shadowRoots = true
    } else if (tag === 'pre') {
      if (marks.pres.length < MAX_PRES) marks.pres.push(element)
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
      else if (marks.layoutGrids.length < MAX_GRIDS && LAYOUT_GRID_CLASS.test(className)) marks.layoutGrids.push(element)
      else if (marks.verses.length < MAX_VERSES && VERSE_CLASS.test(className)) marks.verses.push(element)
    }
    if (!marks.docContents && element.getAttribute('id') === 'contents') marks.docContents = element
    if (marks.roleTables.length < MAX_TABLES && element.getAttribute('role') === 'table') marks.roleTables.push(element)
  } else if (tag === 'section') {
    const className = element.getAttribute('class')
    if (className && marks.notes.length < MAX_GRIDS && NOTES_CLASS.test(className)) marks.notes.push(element)
  } else if (tag === 'li' || tag === 'article') {
    if (marks.posts.length >= MAX_POSTS) return
    const className = element.getAttribute('class')
    if ((className && POST_CLASS.test(className)) || (tag === 'article' && element.hasAttribute('data-post-id'))) marks.posts.push(element)
  }
}
