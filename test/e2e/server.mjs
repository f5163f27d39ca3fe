// Serves the fixture pages on 127.0.0.1. The browsers use it as their HTTP proxy too, so that a page can
// be served under a listed news host (http://www.aljazeera.net/...) where the detector runs, while no
// request ever leaves the machine.
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'

const FIXTURES = path.resolve('test/fixtures/pages')

/** URL path → fixture folder. Anything else is a 404. */
export const ROUTES = {
  '/news/2023/10/27/kremlin-hamas-delegation/': 'seed-wordpress',
  '/en/oil-prices-climb/': 'english-article',
  '/news/2024/4/28/cement-results/': 'data-table',
  '/': 'news-home',
}

export const NEWS_HOST = 'www.aljazeera.net'

/** Pages of the hardening suites (test/e2e/suites/20-*), by path prefix: one file serves the whole prefix. */
export const HOSTILE_PREFIXES = {
  // A single-page news site: every address under it gets the same shell, which renders what the address names.
  '/news/spa/': path.resolve('test/fixtures/hostile/single-page-app.html'),
  // An infinite-scroll site: the page of the first article, which appends the next one and moves the address to it.
  '/news/scroll/': path.resolve('test/fixtures/hostile/infinite-scroll.html'),
  // A web-component site: the article's text in declarative shadow roots and slotted light children.
  '/news/components/': path.resolve('test/fixtures/hostile/shadow-dom.html'),
  // A Central Kurdish (Sorani) article whose page says lang="ku".
  '/news/ckb/': path.resolve('test/fixtures/hostile/kurdish-article.html'),
}

export function startServer() {
  const seen = []
  const server = http.createServer((req, res) => {
    // A proxied request carries an absolute URL; a direct one a path.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`)
    seen.push(url.href)
    const prefix = Object.keys(HOSTILE_PREFIXES).find((p) => url.pathname.startsWith(p))
    if (prefix) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      res.end(fs.readFileSync(HOSTILE_PREFIXES[prefix]))
      return
    }
    const fixture = ROUTES[url.pathname]
    if (!fixture) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    res.end(fs.readFileSync(path.join(FIXTURES, fixture, 'source.html')))
  })
  // HTTPS through the proxy arrives as CONNECT: logged (so a suite can see that something tried to
  // leave the machine) and refused.
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`)
    // The server hands a CONNECT's socket over without an error listener, so a browser resetting it
    // (Chromium does, now and then, after the 403) would be an uncaught ECONNRESET that ends the whole
    // run (it ended a bench run on 2026-11-29). A refused tunnel has nothing left to lose.
    socket.on('error', () => {})
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({ server, port, origin: `http://127.0.0.1:${port}`, seen, close: () => new Promise((r) => server.close(r)) })
    })
  })
}
