/**
 * What kind of page a "no article" verdict was given to, read from its reason, so the reader can say it in the reader's
 * language ("هذه صفحة نتائج بحث") above the reason itself, which stays as the engine wrote it (English, with its
 * measurements) for a developer. The reasons are written by extract-article.ts, listing-address.ts and read-tab.ts.
 */
export type NoArticleKind =
  | 'browser-page'
  | 'search'
  | 'home'
  | 'listing'
  | 'about-site'
  | 'channel'
  | 'web-story'
  | 'disambiguation'
  | 'questions'
  | 'too-short'
  | 'no-prose'
  | 'failed'

/** Reason openings, longest first where one opens another; the first that matches names the kind. */
const OPENINGS: [string, NoArticleKind][] = [
  ['This is a browser page', 'browser-page'],
  ['search page', 'search'],
  ['home page', 'home'],
  ['listing page address', 'listing'],
  ['a listing of ', 'listing'],
  ['a page about the site', 'about-site'],
  ["a Telegram channel's posts", 'channel'],
  ['an AMP web story', 'web-story'],
  ['a disambiguation page', 'disambiguation'],
  ['a question and its answers', 'questions'],
  ['too little article text', 'too-short'],
  ['no article content found', 'too-short'],
  ['no article body', 'no-prose'],
  ['extraction failed', 'failed'],
]

/** The extractor's and the detector's reason for a question-and-answer page (a JSON-LD QAPage). */
export const QUESTIONS_REASON = 'a question and its answers (QAPage declared)'

export function noArticleKind(reason: string): NoArticleKind {
  for (const [opening, kind] of OPENINGS) if (reason.startsWith(opening)) return kind
  return 'no-prose'
}
