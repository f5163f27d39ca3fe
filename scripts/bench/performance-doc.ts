/**
 * docs/performance.md: the latest tables (`npm run bench -- --write-docs`) with what each number means.
 * The prose lives here so that the page is rewritten whole and never drifts from the bench.
 */
export function performanceDoc(tables: string[], environment: string): string {
  return `# Performance

Written by \`npm run bench -- --write-docs\` (scripts/bench.ts); the README's performance section copies
the tables. Measured ${environment}. Timings on a shared 2-core machine are noisy: every time is a median,
and Qari is compared with plain Readability in the same run, so the ratio means more than the milliseconds.

## What the numbers mean

- **Pages.** The 11 real Arabic, Persian and Urdu news pages in \`../shared/data/pages\` (evaluation only,
  never copied here; the bench says so when they are absent) and the project's fixtures in
  \`test/fixtures/pages\`. Each page is read as UTF-8 and timed N times, each run on a freshly parsed DOM.
- **parse**: linkedom building the DOM in Node. Not part of *total*: in the browser the page has its DOM.
- **detect**: \`detectArticle\`, the content script's verdict. **extract**: \`extractArticle\` (it clones
  the DOM and runs Readability inside, plus the Arabic cleaning and metadata).
- **sentences, tokens, names, figures, summary**: the analysis components, timed one by one in the order
  \`analyzeArticle\` runs them; *names* is tag-names plus link-mentions, with the model already loaded
  (its load is reported apart), and runs only on Arabic articles, as in the reader (– on Persian and
  Urdu pages; until 2026-11-29 the bench timed it there too). They run only when extraction finds an
  article.
- **total** = detect + extract + sentences + tokens + names + figures + summary (DOM parse excluded).
- **readability**: plain \`@mozilla/readability\` 0.6.0 on its own fresh DOM, timing its clone of the
  document and \`parse()\` (it mutates what it is given, so in a live page it must work on a clone, as
  extractArticle does). **ratio** = total / readability for the page. The headline ratio **R** is the
  median of the per-page ratios over the 11 real pages; the median over all pages with an article,
  fixtures included, is shown beside it (the fixtures are 1–3 KB test pages on which Readability needs
  about a millisecond, so there the ratio measures Qari's fixed costs rather than a news page). Without
  \`../shared\` R is taken over the fixtures. **cpu ratio**: the same ratio in CPU time of the bench
  process, which other work on a shared machine does not inflate.
- **Detector (Node)**: \`detectArticle\` on one parsed linkedom page, median of 41 calls; the typical
  figure is the median over the real Arabic-script article pages (over the fixtures without
  \`../shared\`). On non-Arabic pages it must stop at the
  script check. **Detector (Chromium)**: the built content script \`detect-page.js\` run in headless
  Chromium on each page served from memory (page scripts off, subresources refused), with a stub
  \`chrome.runtime\`: the time from the script's start to its verdict message. *Fresh load* is its first
  run on the page, as every page pays it (compile, set-up, detection); *again* is a second run
  on the same page (warm), mostly the detection itself.
- **Extraction in Chromium**: the built \`extract-page.js\` (\`__qariExtract()\`) and plain Readability
  (clone + parse) each run once on a fresh load of the page, in alternating order, as cold as after a
  click; medians over the loads.
- **Names throughput**: tokens of all extracted articles divided by the time of tag-names (and of the whole
  names stage), each article tagged on its own as in the reader; the median of 9 rounds after at least
  1.5 s of warm-up rounds (V8 optimises the tagger over its first second of work: until 2026-11-30 the
  bench counted from the second round, inside that ramp, and read ~100k where the steady rate is ~120k).
  The first round, on cold code as a worker's first analysis after it starts, is shown beside it. Since
  2026-11-30 these run in a fresh Node process (scripts/bench/names-throughput.ts, as the model's cold load
  does): in the bench's own process, after the page benches, the garbage collector was still paying for
  their heap (CPU time above wall time), and the same pages read ~20% slower there (92–101k tokens/s
  against ~111k fresh in session 10); that number is kept as the table's last names row.
- **Model load**: in a fresh Node process, \`JSON.parse\` of the shipped names-model.json plus
  \`decodeNamesModel\`, which is what the background worker pays on its first analysis.
- **Figures throughput**: \`findFiguresInText\` over the Arabic article bodies joined and repeated to at
  least 1 MiB of UTF-8 text; MB/s counts MiB of UTF-8 per second.
- **Sizes**: files of \`dist/chrome\` (and \`dist/firefox\`), raw and gzipped at level 9. The popup's
  JavaScript is every script popup.html loads plus their static imports, transitively, without fonts and
  the names model. The size budgets (detector ≤ 5 KB, popup JS ≤ 150 KB gzipped) are asserted by
  \`test/bench/size-budget.test.ts\`.
- **Reader in Chromium**: headless Chromium with \`dist/chrome\` loaded; the seed page is opened in a tab
  (served under www.aljazeera.net by the e2e fixture server), then \`popup.html?tab=ID\` is opened as a
  page. The time runs from that page's navigation start to its root element carrying \`data-state="ok"\`
  (recorded by a MutationObserver injected before the page's scripts). *Cold*: the cache was cleared
  (\`history:clear\`) just before, so the tab is extracted and the worker analyses; *cached*: the open right
  after; *cached, worker stopped*: a cached open right after the service worker was stopped, as Chrome stops
  it after ~30 s idle (the common case in real use); *cached, right after the reader on another article*: the
  seed reopened right after the reader was opened on one of three other fixture articles, so that its copy is
  an older one among four (a reader going back to an article read earlier in the session). A cached open renders from the early peek:
  \`early-peek.js\` (a classic script in the page's head) looks up the analysis cached for the tab's address
  while the page's own script loads: first in the copies of the last analyses the worker served, which it
  keeps in \`storage.session\` (their index and the newest copy in one round trip, asked together with the tab;
  an older copy in one more), else in the cache's IndexedDB
  itself (private windows ask the worker, whose analyses of them live in memory), and the reader shows it; once that is on screen, \`reader:analyze\` wakes
  the worker, reads the tab and checks the text hash, and replaces the view only if the article changed. The first open after the browser starts is shown apart:
  the worker also decodes the names model then. The phase table splits an open: when the peek is sent and
  answered, DOMContentLoaded, the \`reader:analyze\` answer (of which: injecting \`extract-page.js\` and
  running the extraction in the tab, timed by wrapping \`scripting.executeScript\` in the worker), and
  \`data-state="ok"\`. Each phase is a median on its own, so the phases need not add up exactly. The
  *floor* rows put the reader's times in scale: two pages added to the bench's copy of the extension, one
  empty and one with a single tiny script, opened the way the reader is right after each cached open and
  timed to DOMContentLoaded. They are what Chromium takes on the machine to show any extension page (each
  extension file also costs a round trip through the browser process): on session 25's machine about 45
  and 75 ms, on session 38's 80–100 and 100–105 ms, which no reader code can go below.
- **Wall and CPU time.** Node timings are wall time; the CPU column (user + system time of the bench
  process) is what an idle machine would show. The load average at the start and the end is printed
  under the targets: above the number of cores, other work shared the machine.

## Latest run

${tables.join('\n\n')}
`
}
