import type { ArticleDoc, Block } from '../../engine/index.ts'
import { formatDate } from './format-date.ts'

/** Only http(s) links and images from a page are ever used; anything else is dropped. */
export function isSafeUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//iu.test(url)
}

function BlockView({ doc, block }: { doc: ArticleDoc; block: Block }) {
  const text = doc.text.slice(block.start, block.end)
  switch (block.kind) {
    case 'heading':
      return <h2 class="block-heading">{text}</h2>
    case 'quote':
      return <blockquote class="block-quote">{text}</blockquote>
    case 'list-item':
      return <p class="block-list-item">{text}</p>
    case 'caption':
      return <p class="block-caption">{text}</p>
    case 'image':
      return isSafeUrl(block.src) ? (
        <img class="block-image" src={block.src} alt={block.alt ?? ''} loading="lazy" referrerpolicy="no-referrer" />
      ) : null
    default:
      return <p class="block-paragraph">{text}</p>
  }
}

/** The article itself: headline, where and when, and the body. Text only, never page HTML. */
export function ArticleView({ doc }: { doc: ArticleDoc }) {
  const date = formatDate(doc.published, doc.lang === 'ar' ? 'ar' : doc.lang)
  return (
    <article class="article" lang={doc.lang} dir={doc.dir}>
      <header class="article-header">
        <h1 id="title" class="article-title">{doc.title}</h1>
        <p class="article-meta">
          {doc.siteName && <span class="article-site">{doc.siteName}</span>}
          {date && <time class="article-date" dateTime={doc.published}>{date}</time>}
          {doc.byline && <span class="article-byline">{doc.byline}</span>}
        </p>
      </header>
      <div id="article-body" class="article-body">
        {doc.blocks.map((block, index) => (
          <BlockView key={index} doc={doc} block={block} />
        ))}
      </div>
      {doc.credit && <p class="article-credit">{doc.credit}</p>}
    </article>
  )
}
