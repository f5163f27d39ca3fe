import { parseHTML } from 'linkedom'

/**
 * Parses a saved page into a DOM in Node. linkedom rather than jsdom: it builds a document several times
 * faster (extraction is benchmarked against Readability on the same DOM, so parse time is reported apart),
 * needs no native parts, and gives Readability everything it uses (querySelectorAll, textContent,
 * attributes, cloneNode). It does no layout and runs no scripts, which is what we want for hostile pages.
 */
export function parseHtml(html: string, url?: string): Document {
  // linkedom treats a string without a root element as a fragment; wrap so we always get <html><body>.
  const wrap = (markup: string) => `<!doctype html><html><head></head><body>${markup}</body></html>`
  let { document } = parseHTML(/<html[\s>]/iu.test(html) ? html : wrap(html))
  // A truncated root tag ('<html ' at the end of a file) leaves linkedom with no root element at all,
  // and then even document.body throws: read such a file as a fragment instead.
  if (!document.documentElement) document = parseHTML(wrap(html)).document
  // Browsers move anything after a stray </body> back into the body; linkedom leaves it outside,
  // where extraction would never see it (test/fixtures/hostile: malformed markup).
  const body = document.body
  if (body) {
    for (let node = body.nextSibling; node; ) {
      const next = node.nextSibling
      body.appendChild(node)
      node = next
    }
  }
  if (url) {
    try {
      Object.defineProperty(document, 'URL', { value: url, configurable: true })
      Object.defineProperty(document, 'documentURI', { value: url, configurable: true })
    } catch {
      // Some DOM builds freeze these; extraction also takes the URL as an option.
    }
  }
  return document as unknown as Document
}

/** Saved pages are read as UTF-8 whatever they declare (the evaluation pages are all UTF-8). */
export function decodeHtml(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}
