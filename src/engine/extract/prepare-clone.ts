/**
 * Cleans a cloned page before the article is looked for: what a reader never sees or never wants goes
 * first, so neither Readability's scoring nor the block walk meets it.
 *
 * - hidden elements (hidden, aria-hidden, theme classes, classes the page's own CSS hides);
 * - boilerplate containers named by class/id (related, share, tags, comments, tickers, ads …), unless
 *   they hold a lot of unlinked text (some themes name the article wrapper "post-share-wrap");
 * - boxes labelled in Arabic/Persian/Urdu ("اقرأ أيضا", "مقالات ذات صلة", "اخبار مرتبط", "متعلقہ مضامین" …);
 * - promo regions introduced by a skip link ("تخطى قصص مقترحة وواصل القراءة");
 * - on a site in another language, its boxes marked with that language around an Arabic-script article's box
 *   (other-language-boxes.ts);
 * - lazy images get their real address in src (Readability and the block walk read src);
 * - a picture between two parts of a CMS's list of components joins the part before it (picture-between-parts.ts).
 * The walk is iterative and skips removed subtrees, so the cost is one pass over the page.
 */
import { withoutMisreadUtilities } from './misread-utilities.ts'
import { signUpBoxOf } from './sign-up-box.ts'
import { keepPicturesBetweenParts } from './picture-between-parts.ts'
import { keepHeadingsBetweenParts } from './headings-between-parts.ts'
import { dropOtherLanguageBoxes } from './other-language-boxes.ts'
import { keepOpeningPost } from './forum-thread.ts'
import { findPlatformMarks } from './platform-marks.ts'
import { renameElement } from './rename-element.ts'
import { unwrapPreText } from './pre-text.ts'
import { unwrapLayoutGrids } from './layout-grid.ts'
import { joinVerseHalves } from './verse-lines.ts'
import { composeShadowRoots } from './compose-shadow.ts'
import { keepNotesAfterText } from './notes-after-text.ts'
import { isMastheadName } from './masthead-picture.ts'
import { dropOrphanLabels } from './orphan-labels.ts'
import { isPictureFileLink } from './picture-file-link.ts'
import { dropLabelledLinkLists } from './labelled-link-list.ts'
import { dropSiteTagline } from './site-tagline.ts'
import { readPropertyTables } from './property-table.ts'
import { readTelegramPost } from './telegram-post.ts'
import { readGoogleDoc } from './google-doc.ts'
import { isHidden } from './is-hidden.ts'
import { findHiddenClasses } from './find-hidden-classes.ts'
import { openAccordions } from './open-accordions.ts'
import { joinFigureCards } from './figure-cards.ts'
import { openExpander } from './open-expanders.ts'
import { resolveImageSrc } from './resolve-image-src.ts'
import { COMPILED_RULES, isBoxLabel, matchClutter, normalizePhrase } from './clutter-rules.ts'
import { cleanByline } from './clean-byline.ts'
import { linksToWriterPage } from './writer-page-link.ts'
import { stripHeadingBadges } from './heading-badges.ts'
import { clearMediaWikiFurniture, isMediaWikiPage } from './mediawiki.ts'
import { isCaptionName, isPictureBox, markCaption, markCaptionAfterPicture, markFigureRoleCaption } from './mark-captions.ts'
import { parseDate, toIso } from './parse-date.ts'

const PATTERNS = {
  /**
   * Class/id words of boilerplate containers (matched per token, split on - and _). From the themes met:
   * WordPress (Jannah/TieLabs, Newspaper, JNews), Escenic, ASP.NET CMSs, BBC, varzesh3, urdupoint, Pangea (VOA, Radio Farda: its
   * media player, c-mmp and media-pholder, is all controls), cookie and consent notices (Arabi Post's div.cookies__notice),
   * Al Jazeera's section.more-articles, a match's score card over a match report (Al-Ahram's div.matchCard), DataLife
   * Engine's breadcrumb (div.speedbar), a magazine's appeal to join its members between the paragraphs (7iber's div.membership-inline).
   */
  /**
   * A gate over or inside the text, by its whole class (a paywall's offer, a registration form, an ad-blocker's notice):
   * "paywall-gate", "regwall", Poool's and Piano's widgets. Whole classes only: "paywall-fade", "regwall-locked" are the
   * text's own wrappers under the gate.
   */
  gateName: /(?:^|\s)(?:paywall|paywall-(?:gate|overlay|backdrop|box|plans|modal|prompt)|regwall|poool-widget|tp-modal|tp-backdrop|adblock-(?:notice|overlay|wall|modal)|subscription-gate|subscribe-gate)(?:\s|$)/u,
  /** Discourse's wrapper of a picture and its lightbox link. */
  lightboxWrapper: /(?:^|\s)lightbox-wrapper(?:\s|$)/u,
  /** A carousel's slide by its place: Swiper's "swiper-slide-next", Bootstrap's "carousel-item-prev". */
  slideState: /(?:^|[-_])(?:slide|item)-(?:next|prev)$/iu,
  /** A back-link's whole text: "↩", "↩︎", "↑", "^". */
  backArrow: /^[↩↑^⬆]\uFE0E?$/u,
  clutterName:
    /^(?:matchcard|scorecard|scoreboard|related|relatedposts|recommend|recommended|recommendations|share|sharing|sharer|social|socials|tags?|tagcloud|keywords|comments?|commentlist|respond|ticker|newsletter|subscribe|subscription|promo|advert|advertisement|ads|adv|adslot|sponsor|sponsored|outbrain|taboola|yektanet|mostread|mostviewed|popular|trending|breadcrumbs?|speedbar|pagination|pager|nextprev|prevnext|prev|previous|next|readalso|readmore|morenews|morearticles|morestories|moreposts|moresection|moreblogs|othersalsoviewed|sidebar|banner|gototop|backtotop|yarpp|crp|teads|poll|survey|quiz|rating|reactions|follow|copyright|disclaimer|ftr|donate|donation|membership|controlbar|badge|kicker|sendcontent|contribute|mmp|mediapholder|cookies?|consent|gdpr|podcasts?|photographers?|photocredits?)$/iu,
  /**
   * Of those, the words that name a whole kind of box (comments, related stories, ads, polls): such a box
   * goes even when it holds prose (user comments are prose). The others (share, social, follow, tags,
   * sidebar, banner, next …) are also used on wrappers of real content by some themes, so those boxes go
   * only when they are link lists or nearly empty of prose.
   */
  strongClutterName:
    /^(?:related|relatedposts|recommend|recommended|recommendations|comments?|commentlist|respond|outbrain|taboola|yektanet|teads|advert|advertisement|ads|adslot|sponsored|newsletter|readalso|morearticles|morestories|moreposts|moresection|moreblogs|othersalsoviewed|mostread|mostviewed|poll|survey|quiz|yarpp|crp|gototop|backtotop|copyright|mmp|mediapholder|cookies?|consent|gdpr|membership)$/iu,
  /**
   * The labels of an embedded player inside the body: its title, caption or duration (France 24's
   * p.m-em-video__title names the clip, not the story; Monte Carlo Doualiya's p.m-em-audio__title a report). A weak
   * name: a long text so named stays.
   */
  // (And JW Player's own labels, "jw-title-primary", "jw-text-duration", and a clip's filming credit, "video-credits", Le7tv's.)
  playerLabelName: /(?:video|audio|player|^jw)(?:[-_]*[a-z]+)?[-_]*(?:title|caption|duration|desc|credits?)/iu,
  /**
   * A heading's class that Readability takes for page chrome (its "unlikely candidates": Alhurra's subheadings
   * are h2.header) and removes with the heading.
   */
  chromeHeadingName: /(?:^|[\s_-])(?:header|extra)(?:$|[\s_-])/iu,
  /**
   * An <aside> of the article's own matter: a timeline of dated steps or a box of key facts (Arab48's
   * aside.article-timeline inside the body; Independent Arabia's aside.box-info, "معلومة"), or an expert's words quoted in a
   * box (Independent Arabia's aside.expert-quote;
   * a pull quote that repeats the text goes later, filter-blocks.ts). Readability removes every <aside>; such a box becomes
   * a <div>.
   */
  // (And the article's own summary set apart above its text, Al-Ain's aside.article-summary "باختصار": read as key points.)
  contentAsideName: /(?:^|[\s_-])(?:timeline|chronology|factbox|facts|keyfacts|infobox|box[\s_-]info|info[\s_-]box|quote|summary)(?:$|[\s_-])/iu,
  /**
   * A gallery of the article's pictures between its paragraphs (Al-Resalah's div.post-gallery of <figure>s): Readability
   * removes a box of pictures with no paragraph, so the box is unwrapped and its figures stand among the paragraphs.
   */
  galleryName: /(?:^|[\s_-])(?:gallery|post-gallery|article-gallery|photos)(?:$|[\s_-])/iu,
  /** Punctuation that names never carry and headlines do: "..", a question mark, a colon, quotation marks. */
  headlineMarks: /\.\.|[؟?!:«»"“”]/u,
  /** A link to a picture file, its full size: "…/waterfront-phase2-01.jpg". */
  pictureFile: /\.(?:jpe?g|png|webp|gif|avif)(?:[?#].*)?$/iu,
  /** Class words Readability counts against a box (its "negative" list) that Drupal and Euronews give picture boxes. */
  mediaName: /(?:^|[\s_-])(?:media|widget)(?:$|[\s_-])/iu,
  /**
   * A scrollytelling story's steps and their section (Shorthand's "Scrollmation", scrollama's "scrolly"): Readability reads
   * "scroll" as a negative class and drops the steps, which are the story's text.
   */
  scrollyName: /scrollmation|scrollama|scrolly/iu,
  /** Drupal's "the field's label is hidden" (field--label-hidden), which Readability reads as a hidden box. */
  labelHidden: /label-hidden(?:$|\s)/iu,
  /** Separators inside one class name: "related-posts", "share_links"; camelCase humps: "postTags". */
  nameSplit: /[-_]+|(?<=[a-z])(?=[A-Z])/u,
  separators: /[-_]+/gu,
  /**
   * A "read also" note at the end of a text run, just before its link ("… منذ أشهر. إقرأ أيضا: <a>").
   * Hamza/tanween variants spelled out; the box labels themselves live in clutter-rules.ts.
   */
  inlineReadAlso:
    /(?:[اأإ]قر[أا]\s+(?:[اأ]يض[اًَ]+|كذلك)|طالع\s+[اأ]يض[اًَ]+|شاهد\s+[اأ]يض[اًَ]+|(?:بیشتر|همچنین)\s+بخوانید|یہ\s+بھی\s+پڑھیں|مزید\s+پڑھیں)\s*[:：\-–]?\s*$/u,
  /**
   * An embedded post of a social network (the page's script turns the blockquote into the network's card): the reader
   * shows the article, not the card's text, attribution and short links ("— موانئ (@MawaniKSA) February 9, 2025",
   * "pic.twitter.com/…"). Every truth of data/extract-pages that has one leaves it out of the body (15 pages).
   */
  socialEmbed: /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video)(?:\s|$)/u,
  /**
   * An interactive map drawn in the page (Leaflet, Mapbox GL, MapLibre, OpenLayers): its tiles, place labels, legend, scale
   * and "© OpenStreetMap contributors" are the widget's, no text or picture of the article (Enab Baladi's map of returns).
   */
  mapWidget: /(?:^|\s)(?:leaflet-container|mapboxgl-map|maplibregl-map|ol-viewport)(?:\s|$)/u,
  /**
   * The box a sticky player leaves in the text when it floats the article's video out of it, with a note ("ویدیو در
   * پخش‌کننده شناور در حال پخش است", Tasnim's div.tasnim-video-placeholder.is-floated): no text of the article.
   */
  playerPlaceholder: /(?:^|[\s_-])(?:video|player)[-_]placeholder(?:$|[\s_-])/iu,
  /**
   * Writers' boxes named for tests only: BBC's div[data-testid=contributors], p[data-testid=live-contributors], and the
   * byline list of its World Service pages, div[data-testid=byline] (BBC Pashto: the name, the role, the place, the date).
   */
  contributorsTestId: /^(?:(?:live-)?contributors|byline)$/u,
  /** The label of several writers ("نویسندگان:") opening a byline box. */
  labelledWriters: /^(?:نویسندگان|نويسندگان)\s*:/u,
  /** Class/id/aria names of byline boxes: "byline", "post-author", "meta-author", "writer". */
  bylineName: /(?:^|[\s_-])(?:byline|byl|article-byline|authors?|auteur|post-author|meta-author|writer|reporter)(?:$|[\s_-])/iu,
  /** The same closing a camel-case name, as older ASP.NET themes write it (Elaph's td.ArticleAuthor). */
  camelBylineName: /[a-z](?:Authors?|Byline|Writer|Reporter)(?:$|[\s_-])|(?:^|[\s_-])(?:author|byline|writer|reporter)(?:Name|Box|Info|Block|Area|Details)(?:$|[\s_-])/u,
  /** Labels inside byline boxes, not names: "Author,", "Role,", "كتب", "بقلم", "Article information". */
  /** A list of a paper's writers: ul.authors, ol.contributors. */
  writersList: /(?:^|\s)(?:authors|contributors)(?:$|\s)/u,
  /** What may stand between linked writers' names in a byline box: commas, "و", "and", "&". */
  namesJoiner: /^(?:[\s،,&]|و|and)*$/u,
  bylineLabel: /^(?:author|role|article information|by|كتب|بقلم|الكاتب|المحرر|إعداد|نص من|نویسنده)\s*[,،:]?$/iu,
  /** A title abbreviated before a name: "د." (doctor), "أ.د." (professor), "م." (engineer), "أ." (ustadh). */
  honorific: /^(?:أ\.\s?د|د|م|أ)\.\s*/u,
  /** A test id naming a promotion of the site's own under the text. */
  testIdFurniture: /(?:^|[-_])(?:contributions|epic|newsletter|signup|audio|podcast)(?:$|[-_])/iu,
  /** An in-page link whose target is named a skip link's ("#EmailSignup-skip-link-9", "#skip-newsletter"). */
  skipTarget: /^#[\w-]*skip[\w-]*$/iu,
  /** Punctuation inside a sentence or closing one: a name has none. */
  sentencePunctuation: /[،؛,;.!?؟]/u,
  /** A video player's still (CNN Arabic's img.VideoEmbed_poster): the clip's, not a picture of the story. */
  posterImage: /poster/iu,
  /** Image files that are page chrome, not pictures: icons, arrows, logos, spinners, tracking pixels. */
  chromeImage: /(?:^|[/_.-])(?:icons?|arrow|logo|sprite|spinner|loader|play(?:-?icon)?|pixel|avatar|emoji|badge|blank|spacer|authors?)(?:[/_.-]|\d|$)|\.svg(?:$|\?)/iu,
} as const

const SUBHEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

/** Tags never worth keeping anywhere near an article. (Forms stay: ASP.NET wraps whole pages in one.) */
const EMBED_AMP_TAGS = ['amp-iframe', 'amp-youtube', 'amp-video', 'amp-video-iframe', 'amp-twitter', 'amp-instagram', 'amp-facebook', 'amp-vimeo']

/**
 * Tags of no text: controls, scripts, embeds, an old site's scrolling ticker (<marquee>), and AMP's ads and trackers (an
 * amp-ad's fallback says "اشتہار لوڈ نہیں ہو سکا" when the ad does not load).
 */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'button', 'select', 'textarea', 'input', 'svg', 'canvas', 'object', 'embed', 'link', 'meta',
  'marquee', 'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-analytics', 'amp-pixel',
  // AMP's embeds, an iframe's kin: their placeholder picture is the player's poster, no picture of the text's.
  ...EMBED_AMP_TAGS,
])

/** Containers whose name says clutter but whose unlinked text is this long are kept (real bodies). */
const KEEP_TEXT_CHARS = 1500
/** Boxes with a weak clutter name keep their place when they hold this much unlinked prose. */
const WEAK_KEEP_CHARS = 200

/** The most words a reporter's name runs to ("محمد عبد الله ولد سيدي" is five). */
const MAX_NAME_WORDS = 6

/** A link of this many words inside a byline box is a headline (names run to four): a teaser card, not a byline. */
const TEASER_LINK_WORDS = 5

const ELEMENT_NODE = 1
const TEXT_NODE = 3

export interface PrepareOptions {
  baseUrl?: string
}

/** What the walk saw: Readability's cost grows steeply with nesting depth, so the caller checks. */
export interface PageShape {
  elements: number
  maxDepth: number
  /** Names shown in byline/author boxes (taken out of the page, cleaned), in page order. */
  bylines: string[]
  /** A date shown inside a byline box (BBC Arabic puts the <time> there), as ISO. */
  bylineDate?: string
  /**
   * The picture the page declares for sharing is the platform's, not the article's: a published Google Doc's preview of
   * its first page, a Telegram post page's channel photo.
   */
  declaredPictureNotArticle?: boolean
}

/** Mutates `doc` (a clone) in place. */
export function prepareClone(doc: Document, options: PrepareOptions = {}): PageShape {
  const shape: PageShape = { elements: 0, maxDepth: 0, bylines: [] }
  const root = doc.body ?? doc.documentElement
  if (!root) return shape
  // Readability walks the whole document, <head> included: markup that never closes its head can nest a
  // thousand levels there (a fuzzed page took it 2 s), so the head's shape counts too.
  if (doc.head && doc.head !== root) measureShape(doc.head, shape)
  if (isMediaWikiPage(doc)) clearMediaWikiFurniture(doc)
  // Platforms read before the walk (a forum thread, a site's tagline, a published Doc, a Telegram post, a property table,
  // a dispatch in a <pre>, a Squarespace grid, a poem's verses, shadow roots), their marks found in one pass.
  let marks = findPlatformMarks(root)
  if (marks.shadowRoots) {
    // The composed tree is the page as it shows: the marks are read again from it.
    composeShadowRoots(root)
    marks = findPlatformMarks(root)
  }
  const poster = keepOpeningPost(root, marks)
  if (poster) shape.bylines.push(poster)
  dropSiteTagline(root, marks)
  const googleDoc = readGoogleDoc(root, marks)
  if (googleDoc?.signature) shape.bylines.push(googleDoc.signature)
  const telegram = readTelegramPost(root, marks)
  if (telegram?.writer) shape.bylines.push(telegram.writer)
  if (googleDoc || telegram) shape.declaredPictureNotArticle = true
  const properties = readPropertyTables(root, marks)
  shape.bylines.push(...properties.writers)
  if (properties.published) shape.bylineDate = properties.published
  unwrapPreText(marks.pres)
  unwrapLayoutGrids(marks.layoutGrids)
  joinVerseHalves(marks.verses)
  keepNotesAfterText(marks.notes)
  openAccordions(root)
  joinFigureCards(root)
  const styles = Array.from(doc.getElementsByTagName('style')).map((s) => s.textContent ?? '')
  const hiddenClasses = findHiddenClasses(styles)

  const doomed: Element[] = []
  const labels: Element[] = []
  const bylineBoxes: Element[] = []
  const contentAsides: Element[] = []
  const galleries: Element[] = []
  const sliders: Element[] = []
  const headings: Element[] = []
  const headerButtons: Element[] = []
  const figureRoles: Element[] = []
  const carousels: Element[] = []
  const languageBoxes: Element[] = []
  const stack: Element[] = [root]
  const depths: number[] = [0]
  while (stack.length) {
    const element = stack.pop()!
    const depth = depths.pop()!
    shape.elements++
    if (depth > shape.maxDepth) shape.maxDepth = depth
    const tag = element.localName?.toLowerCase() ?? ''
    if (element !== root) {
      // A form that asks for an e-mail address takes its box with it: a newsletter's name and promise ("نشرة العين
      // الإخبارية", "سجّل بريدك الإلكتروني ليصلك موجز الأخبار"), whatever the box is called.
      const signUp = tag === 'form' ? signUpBoxOf(element) : undefined
      if (signUp) {
        doomed.push(signUp)
        continue
      }
      if (DROP_TAGS.has(tag)) {
        // A sortable table's column titles are buttons: the title is the header's, the button goes.
        if (tag === 'button' && element.parentElement?.localName.toLowerCase() === 'th') headerButtons.push(element)
        else doomed.push(embedFigure(element, tag) ?? element)
        continue
      }
      // A custom element is named by its tag as a class would name it (<comment-thread>, <related-stories>, <ad-slot>).
      if (tag.includes('-') && !tag.startsWith('amp-') && isClutterContainer(element, tag, null)) {
        doomed.push(element)
        continue
      }
      // The hidden, byline and clutter tests read attributes only: most elements (p, span, li, b …)
      // have none, and skip them without a lookup.
      if (element.hasAttributes()) {
        // Attributes are read once per element: class and id feed every test below.
        const id = element.getAttribute('id')
        if (element.hasAttribute('lang')) languageBoxes.push(element)
        // (Before the hidden test: a "read more" expander is opened, and has no class left.)
        const className = openExpander(element, tag, id) ? null : element.getAttribute('class')
        const readable = className ? withoutMisreadUtilities(className) : null
        if (readable !== null) readable ? element.setAttribute('class', readable) : element.removeAttribute('class')
        // (Before the hidden test: the link past an embed is visually hidden until focused.)
        const embed = tag === 'a' ? embedSkippedBy(element) : undefined
        if (embed) {
          doomed.push(embed)
          continue
        }
        // (Before the hidden test too: a link past a promotion is visually hidden until focused, and takes the promotion
        // with it.)
        if (tag === 'a' && PATTERNS.skipTarget.test(element.getAttribute('href') ?? '')) {
          doomed.push(...promoRegionOf(element))
          continue
        }
        // (A toolbar is controls, whatever they are made of: MSN's fluent-buttons "مشاركة", "حفظ", "حجم الخط" ran together as
        // one line of text.)
        if (isHidden(element, className) || hasHiddenClass(element, className, hiddenClasses) || element.getAttribute('role') === 'toolbar') {
          doomed.push(element)
          continue
        }
        // A site's masthead shows its banner, no picture of the piece's (Mailchimp's td#templateHeader); its text (an issue
        // line, "العدد 112 | الخميس 5 مارس 2026") stays for the date finder.
        if (id && isMastheadName(id)) for (const banner of Array.from(element.getElementsByTagName('img'))) doomed.push(banner)
        if (className && (PATTERNS.socialEmbed.test(className) || PATTERNS.playerPlaceholder.test(className) || PATTERNS.mapWidget.test(className) || isGate(element, className))) {
          doomed.push(element)
          continue
        }
        // A paper's list of its writers with their affiliations (OJS's ul.authors): metadata the page declares (citation_author),
        // too long for a byline box and no text.
        if ((tag === 'ul' || tag === 'ol') && className && PATTERNS.writersList.test(className)) {
          doomed.push(element)
          continue
        }
        if (isBylineBox(element, className, id)) {
          // The quote's speaker stays, and Readability, which takes the first small "author" box for the byline and
          // removes it, must not see its name as one.
          if (isQuoteSpeaker(element)) element.removeAttribute('class')
          // Read after hidden labels ("Author,") are gone: the box's children are walked first, then read.
          else bylineBoxes.push(element)
        } else if (tag === 'aside' && PATTERNS.contentAsideName.test(`${className ?? ''} ${id ?? ''}`)) {
          // (Before the clutter test: the box may call itself a sidebar, Independent Arabia's aside.inline-sidebar.box-info.)
          contentAsides.push(element)
        } else if (((className || id || element.hasAttribute('aria-labelledby')) && isClutterContainer(element, className, id)) || isTestIdClutter(element)) {
          doomed.push(element)
          continue
        } else if (tag === 'amp-carousel') {
          // (Read once its slides' <noscript> copies are gone: each slide's picture is one then.)
          carousels.push(element)
        } else if (tag === 'div' && className && PATTERNS.lightboxWrapper.test(className)) {
          // Discourse's picture link carries an overlay of the file's name and size ("lifepo4-rack.jpg 1280×720 167 KB"):
          // no caption, and with it Readability takes the box for furniture and drops the picture.
          for (const overlay of Array.from(element.querySelectorAll('.meta'))) doomed.push(overlay)
        } else if (tag !== 'figure' && element.getAttribute('role') === 'figure') {
          figureRoles.push(element)
        } else if (isCaptionName(className) && tag !== 'figcaption') {
          markCaption(element)
        } else if (className && (PATTERNS.mediaName.test(className) || PATTERNS.labelHidden.test(className)) && isPictureBox(element)) {
          // Readability scores "media", "widget" and "hidden" as negative classes and removes the box with its picture
          // and caption (Drupal's div.media--image and div.field--label-hidden, Euronews's figure.widget >
          // div.widget__wrapper inside the body); the name says nothing a reader needs.
          element.removeAttribute('class')
        } else if (className && PATTERNS.scrollyName.test(className)) {
          element.removeAttribute('class')
        } else if (className && SUBHEADING_TAGS.has(tag) && PATTERNS.chromeHeadingName.test(className)) {
          element.removeAttribute('class')
        } else if (tag === 'div' && className && PATTERNS.galleryName.test(className)) {
          if (isFigureGallery(element)) galleries.push(element)
          else if (isSliderGallery(element)) sliders.push(element)
        }
      }
      // A bare <aside> of prose between the text's paragraphs is a quote set apart (Telegraph's pull quote), not a sidebar.
      else if (tag === 'aside' && isProseAside(element)) contentAsides.push(element)
      if (tag === 'h1' || SUBHEADING_TAGS.has(tag)) headings.push(element)
      if (tag === 'img' || tag === 'amp-img') {
        fixImage(element, options.baseUrl)
        markCaptionAfterPicture(element)
      }
      else if (tag === 'a') {
        if (isSkipLink(element)) doomed.push(...promoRegionOf(element))
        else if (cutInlineReadAlso(element) || isScriptControl(element) || isBackLink(element)) doomed.push(element)
      } else if (isLabelCandidate(element)) labels.push(element)
    }
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child)
      depths.push(depth + 1)
    }
  }
  const emptied = new Set<Element>()
  for (const element of doomed) {
    if (element.parentElement) emptied.add(element.parentElement)
    element.remove()
  }
  dropOtherLanguageBoxes(languageBoxes)
  for (const figure of figureRoles) if (figure.parentNode) markFigureRoleCaption(figure)
  // An AMP carousel of figures is a gallery: Readability reads "scroll" in its container's class
  // (i-amphtml-scrollable-carousel-container) as a negative name and drops the slides.
  for (const carousel of carousels) {
    if (!carousel.parentNode || !isSliderGallery(carousel)) continue
    const box = carousel.parentElement
    carousel.replaceWith(...slideFigures(carousel))
    // The gallery's box too, with its title line ("صور | جولة في «دار الخزف» بعد الترميم"): Readability drops a box of
    // several pictures and a line as furniture.
    if (box && PATTERNS.galleryName.test(box.getAttribute('class') ?? '')) {
      for (const child of Array.from(box.children)) if (child.localName !== 'figure' && (child.textContent ?? '').length <= MAX_GALLERY_TITLE_CHARS) child.remove()
      box.replaceWith(...Array.from(box.childNodes))
    }
  }
  for (const button of headerButtons) if (button.parentNode) button.replaceWith(...Array.from(button.childNodes))
  for (const heading of headings) if (heading.parentNode) stripHeadingBadges(heading)
  // (Without its class and role: Readability drops a box named "sidebar" or of role "complementary" whatever it holds.)
  for (const aside of contentAsides) {
    if (!aside.parentNode) continue
    aside.removeAttribute('class')
    aside.removeAttribute('role')
    renameElement(aside, 'div')
  }
  for (const gallery of galleries) if (gallery.parentNode) gallery.replaceWith(...Array.from(gallery.childNodes))
  for (const slider of sliders) if (slider.parentNode) slider.replaceWith(...slideFigures(slider))
  // Each update of a live page signed by its own writer (BBC's div[data-testid=contributors] in every post): the posts'
  // signatures, not the page's byline.
  const signatures = postSignatures(bylineBoxes)
  for (const box of bylineBoxes) {
    if (!box.isConnected && !box.parentNode) continue
    const name = signatures.has(box) ? undefined : nameInBylineBox(box)
    if (name) shape.bylines.push(name)
    if (!inTeaserCard(box)) shape.bylineDate ??= dateInBox(box)
    box.remove()
  }
  for (const label of labels) {
    if (!label.parentNode) continue
    const norm = normalizePhrase(label.textContent ?? '')
    if (isBoxLabel(norm)) boxOf(label).remove()
  }
  dropLabelledLinkLists(labels, options.baseUrl)
  dropOrphanLabels(labels, emptied)
  keepPicturesBetweenParts(doc)
  keepHeadingsBetweenParts(doc)
  return shape
}

/** A gate, unless it wraps an article's worth of text (a theme naming the text's own box so). */
function isGate(element: Element, className: string): boolean {
  return PATTERNS.gateName.test(className) && textShares(element).unlinked < KEEP_TEXT_CHARS
}

/**
 * The figure an embed stands in, with no picture of its own: its caption names the embed ("المؤتمر الصحفي لوزارة الكهرباء
 * كاملاً" under a Telegraph page's video), and would stand alone once the embed goes.
 */
function embedFigure(element: Element, tag: string): Element | undefined {
  if (tag !== 'iframe' && tag !== 'embed' && tag !== 'object' && !EMBED_AMP_TAGS.includes(tag)) return undefined
  const figure = closestTag(element, 'figure')
  return figure && !figure.getElementsByTagName('img').length && !figure.getElementsByTagName('picture').length ? figure : undefined
}

/**
 * An <aside> with no attributes, holding a line of text (no links, no blocks), between paragraphs of the text.
 */
function isProseAside(aside: Element): boolean {
  if (aside.getElementsByTagName('a').length || aside.querySelector('p, div, ul, ol, img, h2, h3, h4')) return false
  const text = (aside.textContent ?? '').trim()
  if (text.length < MIN_PROSE_ASIDE_CHARS) return false
  const isText = (sibling: Element | null) => sibling !== null && PROSE_NEIGHBOURS.has(sibling.localName.toLowerCase())
  return isText(aside.previousElementSibling) && isText(aside.nextElementSibling)
}
const MIN_PROSE_ASIDE_CHARS = 40
const PROSE_NEIGHBOURS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'blockquote', 'figure', 'ul', 'ol'])

/** A gallery's title is a line. */
const MAX_GALLERY_TITLE_CHARS = 120

/** A labelled list of writers in a byline box is at most this long; longer, it is a bio. */
const MAX_LABELLED_BYLINE_CHARS = 120

/** Posts a list holds, each signed in a box of its own: the boxes are the posts' signatures. */
const MIN_SIGNED_POSTS = 3

/**
 * The byline boxes that sign items of a list: three or more list items or <article>s of one parent, each with a box,
 * naming two writers or more (a live page's updates; a list of teasers with their writers). The page's own byline box
 * stands outside such a list.
 */
function postSignatures(boxes: readonly Element[]): Set<Element> {
  const byList = new Map<Element, { boxes: Element[]; posts: Set<Element>; names: Set<string> }>()
  for (const box of boxes) {
    // The list item holding the post (BBC's li > article), else the <article> itself.
    const post = closestTag(box, 'li') ?? closestTag(box, 'article')
    const list = post?.parentElement
    if (!post || !list) continue
    let entry = byList.get(list)
    if (!entry) byList.set(list, (entry = { boxes: [], posts: new Set(), names: new Set() }))
    entry.boxes.push(box)
    entry.posts.add(post)
    entry.names.add((box.textContent ?? '').replace(/\s+/gu, ' ').trim())
  }
  const signatures = new Set<Element>()
  for (const entry of byList.values()) {
    if (entry.posts.size >= MIN_SIGNED_POSTS && entry.names.size >= 2) for (const box of entry.boxes) signatures.add(box)
  }
  return signatures
}

function closestTag(element: Element, tag: string): Element | null {
  for (let up = element.parentElement; up; up = up.parentElement) if (up.localName === tag) return up
  return null
}

/** Two or more <figure>s with a picture each, and no other element child: a gallery, not a list of teasers' links. */
function isFigureGallery(element: Element): boolean {
  let figures = 0
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName?.toLowerCase() !== 'figure' || child.getElementsByTagName('a').length > 0) return false
    if (child.getElementsByTagName('img').length === 0 && child.getElementsByTagName('amp-img').length === 0) return false
    figures++
  }
  return figures >= 2
}

/**
 * A slider of the article's pictures (Al-Bilad's td-slider-gallery after the last paragraph: nested slide wrappers,
 * each a <figure> with the picture linked to its full size and a <figcaption>, plus a "1 من 3" counter and arrows).
 * Readability drops such nests as image-heavy boxes; the figures alone stay. Only when every link opens a picture
 * (a carousel of related stories links to them) and little text stands outside the captions.
 */
function isSliderGallery(element: Element): boolean {
  const figures = element.getElementsByTagName('figure')
  if (figures.length < 2) return false
  let captions = 0
  for (const figure of Array.from(figures)) {
    if (figure.getElementsByTagName('img').length !== 1) return false
    for (const caption of Array.from(figure.getElementsByTagName('figcaption'))) captions += (caption.textContent ?? '').replace(/\s+/gu, '').length
  }
  for (const link of Array.from(element.getElementsByTagName('a'))) if (!PATTERNS.pictureFile.test(link.getAttribute('href') ?? '')) return false
  // (A photo essay's captions of two or three sentences each carry its story: its box stays whole, an album the reader
  // shows after the text, find-gallery-below.ts; set among the paragraphs, Readability dropped its figures.)
  if (captions > MAX_SLIDE_CAPTION_CHARS * figures.length) return false
  return (element.textContent ?? '').replace(/\s+/gu, '').length - captions <= MAX_SLIDER_CHROME_CHARS
}
/** The counter and control labels a slider prints beside its captions ("1 من 3", "التالي"). */
const MAX_SLIDER_CHROME_CHARS = 40
/** A slide's caption is a line, on average (letters, spaces left out); a photo essay's are paragraphs. */
const MAX_SLIDE_CAPTION_CHARS = 120

/**
 * A slider's figures, each picture taken out of its link to the full size and the slide's classes dropped
 * (Readability strips "td-slide-popup-gallery" as an unlikely candidate: "popup").
 */
function slideFigures(slider: Element): Element[] {
  const figures = Array.from(slider.getElementsByTagName('figure'))
  for (const figure of figures) {
    for (const link of Array.from(figure.getElementsByTagName('a'))) link.replaceWith(...Array.from(link.childNodes))
    figure.removeAttribute('class')
  }
  return figures
}

/** Adds a subtree's elements and depth to the shape, changing nothing. */
function measureShape(top: Element, shape: PageShape): void {
  const stack: Element[] = [top]
  const depths: number[] = [0]
  while (stack.length) {
    const element = stack.pop()!
    const depth = depths.pop()!
    shape.elements++
    if (depth > shape.maxDepth) shape.maxDepth = depth
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child)
      depths.push(depth + 1)
    }
  }
}

function hasHiddenClass(element: Element, className: string | null, hiddenClasses: Set<string>): boolean {
  if (!hiddenClasses.size || !className) return false
  for (const name of className.split(/\s+/u)) {
    if (hiddenClasses.has(name)) {
      // A stylesheet that "hides" a long text is revealed by script (tabs, read-more): keep it.
      return (element.textContent ?? '').length < KEEP_TEXT_CHARS
    }
  }
  return false
}

/**
 * A name box (isBylineBox) under a quotation in a small box: the quote's speaker, not the article's writer (Independent Arabia's
 * aside.expert-quote: the blockquote, then div.expert-quote__author).
 */
function isQuoteSpeaker(element: Element): boolean {
  const card = element.parentElement
  return card !== null && (card.textContent ?? '').length <= MAX_QUOTE_CARD_CHARS && card.getElementsByTagName('blockquote').length > 0
}
const MAX_QUOTE_CARD_CHARS = 800

/**
 * A byline/author box ("post-meta-author", aria-labelledby="article-byline", rel=author): its name is
 * metadata, not body. Only small boxes (an author bio with prose stays for the clutter rules).
 */
function isBylineBox(element: Element, className: string | null, id: string | null): boolean {
  if (element.getAttribute('rel') === 'author' || element.getAttribute('itemprop') === 'author') return true
  const names = `${className ?? ''} ${id ?? ''} ${element.getAttribute('aria-labelledby') ?? ''}`
  if (!PATTERNS.bylineName.test(names) && !PATTERNS.camelBylineName.test(names) && !PATTERNS.contributorsTestId.test(element.getAttribute('data-testid') ?? '')) return false
  if ((element.textContent ?? '').replace(/\s+/gu, ' ').trim().length > 200) return false
  // A writer's card with a linked headline is a teaser of another piece (Al-Watan Voice's writers' column), and so
  // is a name box beside one in a small card (Elnashra's opinion column: div.author, then the h4's linked headline).
  if (holdsTeaserLink(element)) return false
  const card = element.parentElement
  return !(card && (card.textContent ?? '').length <= MAX_CARD_CHARS && (holdsTeaserLink(card, element) || isWritersListItem(card, element)))
}

/**
 * A name box in one item of a list of several, the item linking to a piece (not to the writer's page): a list of writers
 * and their latest columns (Al-Roya's "مقالات الرأي": li > img + div > span.writer-name + a), however short the headline.
 */
function isWritersListItem(card: Element, box: Element): boolean {
  const item = card.localName?.toLowerCase() === 'li' ? card : card.parentElement
  if (item?.localName?.toLowerCase() !== 'li' || !item.parentElement || item.parentElement.children.length < 2) return false
  for (const link of Array.from(card.getElementsByTagName('a'))) {
    if (!box.contains(link) && !linksToWriterPage(link) && (link.textContent ?? '').trim()) return true
  }
  return false
}

/** A teaser's card: a name, a headline and an excerpt, not an article's wrapper. */
const MAX_CARD_CHARS = 400

/** A link of a headline's length (TEASER_LINK_WORDS words or more) inside the element, outside `besides`. */
function holdsTeaserLink(element: Element, besides?: Element): boolean {
  for (const link of Array.from(element.getElementsByTagName('a'))) {
    if (besides?.contains(link) || linksToWriterPage(link)) continue
    const text = (link.textContent ?? '').trim()
    // (A shorter headline shows itself by its punctuation: "الاقتصاد العُماني.. محطات مفصلية", Al-Roya's writers' list.)
    if (text.split(/\s+/u).length >= TEASER_LINK_WORDS || PATTERNS.headlineMarks.test(text)) return true
  }
  return false
}

/** The first leaf text in a byline box that reads as a name (not a label, a date or a desk name). */
function nameInBylineBox(box: Element): string | undefined {
  // A labelled list of writers is the byline whole ("نویسندگان: نگار صادقی، بهروز محمدیان و سارا کریمی", BBC Persian).
  const whole = (box.textContent ?? '').replace(/\s+/gu, ' ').trim()
  if (whole.length <= MAX_LABELLED_BYLINE_CHARS && PATTERNS.labelledWriters.test(whole)) return cleanByline(whole) || undefined
  const linked = linkedWriters(box)
  if (linked.length >= 2) {
    // As the box writes them when it holds nothing else ("رنا الحسيني، يوسف بن عمر"), else listed the Arabic way.
    const rest = linked.reduce((text, name) => text.replace(name, ''), whole)
    return PATTERNS.namesJoiner.test(rest) ? whole : `${linked.slice(0, -1).join('، ')} و${linked[linked.length - 1]}`
  }
  const leaves: Element[] = []
  const stack: Element[] = [box]
  while (stack.length && leaves.length < 20) {
    const element = stack.pop()!
    if (!element.firstElementChild) leaves.push(element)
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child)
  }
  for (const leaf of leaves) {
    const text = (leaf.textContent ?? '').replace(/\s+/gu, ' ').trim()
    if (!text || text.length > 80 || parseDate(text) || PATTERNS.bylineLabel.test(text)) continue
    // An author box's bio ("محرر في شبكة صحراء ميديا، يغطي …") is a sentence, not a name.
    const bare = text.replace(PATTERNS.honorific, '')
    if (PATTERNS.sentencePunctuation.test(bare) || bare.split(' ').length > MAX_NAME_WORDS) continue
    const name = cleanByline(text)
    // One word in an author slot is a section or desk ("منوعات"), not a person.
    if (name && name.includes(' ')) return name
  }
  // The name as the box's own text beside an icon (<div><i class="fa-map-marker"></i> طرابلس - …: name</div>);
  // when the leaves hold text, they were the candidates ("من" + "فرانس24" is a label and a desk).
  if (leaves.some((leaf) => (leaf.textContent ?? '').trim())) return undefined
  const own = (box.textContent ?? '').replace(/\s+/gu, ' ').trim()
  if (own.length > 80 || parseDate(own)) return undefined
  const name = cleanByline(own)
  return name && name.includes(' ') ? name : undefined
}

/**
 * The writers a byline box links to their pages, when it names several ("بقلم <a>لينا حداد</a> و<a>عمر خليل</a>", AP's and
 * Reuters' boxes): each a name of two to six words. The first leaf alone named only the first of them.
 */
function linkedWriters(box: Element): string[] {
  const names: string[] = []
  for (const link of Array.from(box.getElementsByTagName('a')).slice(0, 6)) {
    if (!linksToWriterPage(link)) continue
    const name = cleanByline((link.textContent ?? '').replace(/\s+/gu, ' ').trim())
    const words = name ? name.split(' ') : []
    // (Not the link to the writer's other pieces: "المزيد من مقالات الكاتب", "تمام کالم".)
    if (words.some((word) => MORE_BY_WORDS.has(normalizePhrase(word)))) continue
    if (name && words.length >= 2 && words.length <= MAX_NAME_WORDS && !names.includes(name)) names.push(name)
  }
  return names
}

/** Words of a link to a writer's other pieces, never of a name. */
const MORE_BY_WORDS: ReadonlySet<string> = new Set(
  ['المزيد', 'مقالات', 'جميع', 'كل', 'أرشيف', 'تمام', 'کالم', 'کالمز', 'مضامین', 'مطالب', 'بیشتر', 'همه', 'More', 'All', 'articles', 'stories'].map(normalizePhrase),
)

/** A <time datetime> or a dated leaf inside a byline box. */
/**
 * A teaser's stamp box (Al-Bilad's related posts: div.td-module-meta-info > h3 > a, then div.td-editor-date >
 * span.td-author-date > time): within a few levels up, a small card holding another story's linked headline. Its date is
 * that story's.
 */
function inTeaserCard(box: Element): boolean {
  let card = box.parentElement
  for (let level = 0; card && level < TEASER_CARD_LEVELS; level++, card = card.parentElement) {
    if ((card.textContent ?? '').length > MAX_CARD_CHARS) return false
    if (holdsTeaserLink(card, box)) return true
  }
  return false
}
const TEASER_CARD_LEVELS = 3

function dateInBox(box: Element): string | undefined {
  for (const time of Array.from(box.getElementsByTagName('time'))) {
    const date = parseDate(time.getAttribute('datetime')) ?? parseDate(time.textContent)
    if (date) return toIso(date)
  }
  return undefined
}

function isClutterContainer(element: Element, className: string | null, id: string | null): boolean {
  // The id of the heading that labels a region names it too (BBC's section[aria-labelledby="podcast-promo"]).
  const names = `${className ?? ''} ${id ?? ''} ${element.getAttribute('aria-labelledby') ?? ''}`.trim()
  if (!names) return false
  let named = false
  let strong = false
  for (const name of names.split(/\s+/u)) {
    const kind = clutterNameKind(name)
    if (kind !== NOT_CLUTTER) named = true
    if (kind === STRONG_CLUTTER) {
      strong = true
      break
    }
  }
  if (!named) return false
  const tag = element.localName?.toLowerCase()
  if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main') return false
  const { total, unlinked } = textShares(element)
  if (strong) return unlinked < KEEP_TEXT_CHARS
  // A weak name: a link list (≥ 30% of its text in links) or a box with little prose. A box holding an
  // article's worth of prose is a wrapper whatever its links (Next.js's div#__next reads as "next").
  return unlinked < WEAK_KEEP_CHARS || (total - unlinked >= 0.3 * total && unlinked < KEEP_TEXT_CHARS)
}

/**
 * A box a component names for tests as a promotion of the site's own (the Guardian's div[data-testid=contributions-epic], its
 * appeal for readers' money under the text) or as an audio player between the paragraphs (Radio-Canada's
 * div[data-testid=audio-segment]: the clip's title, its show and its length), when it holds less than an article's prose.
 * Only these words: test ids name every part of a page ("paragraph-3", "Body", "ad-slot" around Reuters' text), so the
 * class names' list would read too much; a video player's box holds the lead picture as its poster, and stays.
 */
function isTestIdClutter(element: Element): boolean {
  const testId = element.getAttribute('data-testid')
  if (!testId || !PATTERNS.testIdFurniture.test(testId)) return false
  return textShares(element).unlinked < KEEP_TEXT_CHARS
}

const NOT_CLUTTER = 0
const WEAK_CLUTTER = 1
const STRONG_CLUTTER = 2
type ClutterKind = typeof NOT_CLUTTER | typeof WEAK_CLUTTER | typeof STRONG_CLUTTER

/**
 * What one class/id name says, cached: a page repeats the same few hundred names on thousands of
 * elements, and splitting and testing each costs more than the rest of the walk. The cache is emptied
 * when it grows past CACHE_NAMES (hostile pages with a unique name per element).
 */
const clutterNames = new Map<string, ClutterKind>()
const CACHE_NAMES = 5_000

function clutterNameKind(name: string): ClutterKind {
  let kind = clutterNames.get(name)
  if (kind !== undefined) return kind
  kind = PATTERNS.playerLabelName.test(name) ? WEAK_CLUTTER : NOT_CLUTTER
  // (A carousel's state of a slide, "swiper-slide-next", says where the slide stands, not what it is: the gallery's second
  // picture went as a "next" link's box.)
  if (PATTERNS.slideState.test(name)) return cacheKind(name, kind)
  // The whole name without separators ("read-also" → "readalso"), each of its words ("post-tags") and a CSS module's
  // component ("SendContent_box__Kd8e2" → "SendContent", "MostRead_section__T1kVz" → "MostRead").
  const joined = name.replace(PATTERNS.separators, '')
  const component = name.includes('__') ? name.slice(0, name.indexOf('_')) : ''
  const words = [joined, component, ...name.split(PATTERNS.nameSplit)]
  for (const word of words) {
    if (!word || !PATTERNS.clutterName.test(word)) continue
    if (PATTERNS.strongClutterName.test(word)) kind = STRONG_CLUTTER
    else if (kind === NOT_CLUTTER) kind = WEAK_CLUTTER
  }
  return cacheKind(name, kind)
}

function cacheKind(name: string, kind: ClutterKind): ClutterKind {
  if (clutterNames.size >= CACHE_NAMES) clutterNames.clear()
  clutterNames.set(name, kind)
  return kind
}

/** Total text length and the part outside links (collapsed whitespace). */
function textShares(element: Element): { total: number; unlinked: number } {
  const total = (element.textContent ?? '').replace(/\s+/gu, ' ').length
  let linked = 0
  for (const a of Array.from(element.getElementsByTagName('a'))) linked += (a.textContent ?? '').replace(/\s+/gu, ' ').length
  return { total, unlinked: total - linked }
}

/**
 * Whether the element holds more than `limit` characters of text outside links (prose, not lists of headlines),
 * whitespace runs counted as one. It walks the text nodes, skipping links whole, and stops once past the limit:
 * boxOf asks this of every ancestor of every label, and measuring each ancestor's whole text made a deep page
 * of many labels quadratic (a fuzzed 35 KB page took 11 s).
 */
function hasUnlinkedTextOver(element: Element, limit: number): boolean {
  let length = 0
  const stack: Node[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeType === TEXT_NODE) {
      length += (node.nodeValue ?? '').replace(/\s+/gu, ' ').length
      if (length > limit) return true
    } else if (node.nodeType === ELEMENT_NODE && (node === element || (node as Element).localName?.toLowerCase() !== 'a')) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child)
    }
  }
  return false
}

function fixImage(img: Element, baseUrl?: string): void {
  const src = resolveImageSrc(img, baseUrl)
  if (!src || PATTERNS.chromeImage.test(src) || PATTERNS.posterImage.test(img.getAttribute('class') ?? '') || isTeaserImage(img) || isGlyphSized(img)) {
    img.remove()
    return
  }
  img.setAttribute('src', src)
  img.removeAttribute('srcset')
}

/**
 * A picture its page sizes as a glyph or a spacer, both its width and its height attributes under GLYPH_PX: old layouts' spacer
 * GIFs ("o.gif" at 5×1) and quotation marks drawn as pictures (BBC Arabic 2007's 24×13 "start_quote_rb.gif").
 */
function isGlyphSized(img: Element): boolean {
  const width = Number.parseFloat(img.getAttribute('width') ?? '')
  const height = Number.parseFloat(img.getAttribute('height') ?? '')
  return width > 0 && height > 0 && width < GLYPH_PX && height < GLYPH_PX
}
const GLYPH_PX = 40

/** A thumbnail that links to another page (a teaser), not a picture of this story. */
function isTeaserImage(img: Element): boolean {
  // The nearest <a> ancestor (what closest('a') finds, without compiling a selector per image).
  let link: Element | null = img.parentElement
  while (link && link.localName?.toLowerCase() !== 'a') link = link.parentElement
  if (!link) return false
  const href = link.getAttribute('href') ?? ''
  return !isPictureFileLink(href) && href !== '' && !href.startsWith('#')
}

/** Cuts a trailing "read also" note from the text before `link`; true when the link is its target. */
function cutInlineReadAlso(link: Element): boolean {
  const before = link.previousSibling
  if (!before || before.nodeType !== TEXT_NODE) return false
  const text = before.nodeValue ?? ''
  const match = PATTERNS.inlineReadAlso.exec(text.slice(-60))
  if (!match) return false
  before.nodeValue = text.slice(0, text.length - match[0].length)
  return true
}

/**
 * A one-word link that runs a script is a control of the page, not its text: the font-size switch "[كبير متوسط
 * صغير]" in Xinhua's stamp line, "طباعة", "إغلاق". Longer ones are left: a script may open a term's note in prose.
 */
function isScriptControl(link: Element): boolean {
  if (!(link.getAttribute('href') ?? '').trimStart().toLowerCase().startsWith('javascript:')) return false
  const text = (link.textContent ?? '').trim()
  return text.length <= MAX_CONTROL_CHARS && !/\s/u.test(text)
}
const MAX_CONTROL_CHARS = 12

/** A footnote's link back to its marker ("↩", "↑" after "[1] …"): a control of the page, not the note's text. */
function isBackLink(link: Element): boolean {
  return (link.getAttribute('href') ?? '').startsWith('#') && PATTERNS.backArrow.test((link.textContent ?? '').trim())
}

const SKIP_RULE = COMPILED_RULES.find((rule) => rule.id === 'skip-link')!

/**
 * An embedded post with a link past it to its end marker (BBC's "#end-of-twitter-content-1", whatever the language
 * says: "رد شدن از پست X، ۱", "ٹوئٹر پوسٹ نظرانداز کریں, 1"): the box holding both link and marker, with the consent
 * banner and the "content not available" lines between them, is the embed's.
 */
function embedSkippedBy(link: Element): Element | undefined {
  const href = link.getAttribute('href') ?? ''
  if (!href.startsWith(END_OF_EMBED)) return undefined
  const target = href.slice(1)
  let box = link.parentElement
  for (let level = 0; box && level < EMBED_BOX_LEVELS; level++, box = box.parentElement) {
    for (const marker of Array.from(box.querySelectorAll('[id]'))) if (marker.getAttribute('id') === target) return box
  }
  return undefined
}
// ("#end-of-twitter-content-1", and "#end-skip-twitter-content-1" in a later build.)
const END_OF_EMBED = '#end-'
const EMBED_BOX_LEVELS = 3

/** An in-page link saying "skip X and keep reading": X is a promo box. */
function isSkipLink(link: Element): boolean {
  const href = link.getAttribute('href') ?? ''
  if (!href.startsWith('#')) return false
  // (Or its target says so, whatever the link's words: the Guardian's "#EmailSignup-skip-link-9", in a translated page.)
  if (PATTERNS.skipTarget.test(href)) return true
  const norm = normalizePhrase(link.textContent ?? '')
  return SKIP_RULE.normalized.some((phrase) => norm.startsWith(phrase))
}

/**
 * What a skip link passes over: its region, or everything from the link to the anchor it jumps to when that anchor is a
 * later sibling (the Guardian's newsletter promotion between "Skip past newsletter promotion" and "after newsletter
 * promotion").
 */
function promoRegionOf(link: Element): Element[] {
  const region = link.closest('section, aside, [role="region"], [role="complementary"]')
  if (region) return [region]
  const href = link.getAttribute('href') ?? ''
  // ("Skip to main content" lands on the text: only a link whose anchor is named for skipping lands past a promotion.)
  if (!PATTERNS.skipTarget.test(href)) return [link]
  // (The siblings are read for the anchor's id: a cloned document answers getElementById from no index.)
  const target = href.slice(1)
  const passed: Element[] = [link]
  for (let element = link.nextElementSibling; element && passed.length <= MAX_SKIPPED_SIBLINGS; element = element.nextElementSibling) {
    if (element.getAttribute('id') === target) {
      // The anchor itself is a line ("after newsletter promotion"), or the text going on.
      if ((element.textContent ?? '').length <= MAX_ANCHOR_CHARS) passed.push(element)
      return passed
    }
    passed.push(element)
  }
  return [link]
}
const MAX_ANCHOR_CHARS = 80
/** A promotion a skip link passes over is a box or two, not the rest of the text. */
const MAX_SKIPPED_SIBLINGS = 6

/**
 * Elements that may be a box label: text-only headings, spans, divs ("<h3>مقالات ذات صلة</h3>"). Only
 * elements without element children are read (their text is their own), which keeps the walk linear on
 * big pages; a label wrapped in a <span> inside an <h3> is found at the <span>.
 */
function isLabelCandidate(element: Element): boolean {
  if (element.firstElementChild) return false
  const tag = element.localName?.toLowerCase() ?? ''
  if (!/^(?:h[1-6]|strong|b|span|div|p|header|label|em|li|legend)$/u.test(tag)) return false
  const text = element.textContent ?? ''
  return text.length > 0 && text.length <= 60
}

/**
 * The box a label heads: climb while the ancestor is short and mostly links (a label plus headlines).
 * Stops before an ancestor that holds prose, so a label inside the article removes only its own box.
 */
function boxOf(label: Element): Element {
  let box: Element = label
  for (let parent = label.parentElement; parent; parent = parent.parentElement) {
    const tag = parent.localName?.toLowerCase()
    if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') break
    if (hasUnlinkedTextOver(parent, 200 + (label.textContent ?? '').length)) break
    box = parent
  }
  // A lone label in prose: remove it and the links that follow it (an inline "read also" line).
  if (box === label) removeFollowingLinks(label)
  return box
}

function removeFollowingLinks(label: Element): void {
  let next = label.nextSibling
  while (next) {
    const after = next.nextSibling
    if (next.nodeType === ELEMENT_NODE && (next as Element).localName?.toLowerCase() === 'a') next.parentNode?.removeChild(next)
    else if (next.nodeType !== ELEMENT_NODE && !(next.nodeValue ?? '').trim()) {
      // whitespace between label and link
    } else break
    next = after
  }
}

/** Exposed for the block filter: the same normalisation and rules. */
export { matchClutter }
