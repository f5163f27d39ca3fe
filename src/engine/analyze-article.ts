/**
 * The analysis after extraction, given where the names model comes from. The engine's door (index.ts)
 * supplies its default loader; the background worker imports this file directly with its own, so the
 * worker bundle carries no dynamic import of the model (Chrome's service worker forbids import()).
 */
import type { ArticleDoc } from './doc.ts'
import { runPipeline, type AnyComponent } from './pipeline.ts'
import { splitSentences } from './components/split-sentences.ts'
import { tokenize } from './components/tokenize.ts'
import { createTagNames } from './components/tag-names.ts'
import { linkMentions } from './components/link-mentions.ts'
import { findFigures } from './components/find-figures.ts'
import { createSummarize } from './components/summarize.ts'
import type { NamesModel } from './names/tagger/names-model.ts'
import { findsNamesIn } from './names/names-language.ts'

/**
 * How much text the analysis reads. News articles are a few thousand characters; a page can carry up to
 * a million (the extractor's budget), and the names tagger costs 2–3 ms per 1,000 characters, so beyond
 * this the reader still shows the whole text but highlights and summarises the first part
 * (test/fuzz/engine-fuzz.test.ts: a 600,000-character text within 2 s).
 */
export const ANALYSIS_LIMIT = 150_000

/** Where to stop: the end of the last block that fits, else the last space before the limit. */
function analysisCut(doc: ArticleDoc, limit: number): number {
  let cut = 0
  for (const block of doc.blocks) if (block.end <= limit) cut = Math.max(cut, block.end)
  if (cut >= limit / 2) return cut
  const space = doc.text.lastIndexOf(' ', limit)
  return space > limit / 2 ? space : limit
}

/** The doc as the components see it: text and blocks cut at `cut`; offsets are unchanged. */
function prefixView(doc: ArticleDoc, cut: number): ArticleDoc {
  const blocks = doc.blocks.filter((b) => b.start < cut || (b.start === cut && b.kind === 'image')).map((b) => (b.end > cut ? { ...b, end: cut } : b))
  return { ...doc, text: doc.text.slice(0, cut), blocks }
}

export interface AnalyzeOptions {
  /** Summary length in sentences, 3 to 5. */
  summarySentences?: number
  /** Where the names model comes from; index.ts's analyzeArticle defaults it to loadNamesModel. */
  namesModel?: () => Promise<NamesModel>
}

/** The options once the names model's source is settled. */
export type AnalyzeWithModelOptions = AnalyzeOptions & { namesModel: () => Promise<NamesModel> }

/**
 * The analysis after extraction: sentences → tokens → names → figures → summary. A component that
 * fails is recorded in `doc.errors` and the rest still runs (pipeline.ts); a names model that cannot
 * load leaves the names out and the reader whole. Names are looked for in Arabic only (names-language.ts):
 * a Persian or Urdu article has no `entities`.
 */
export async function analyzeWithModel(doc: ArticleDoc, options: AnalyzeWithModelOptions): Promise<ArticleDoc> {
  let model: NamesModel | undefined
  let modelError: string | undefined
  if (findsNamesIn(doc.lang)) {
    try {
      model = await options.namesModel()
    } catch (error) {
      modelError = error instanceof Error ? error.message : String(error)
    }
  }
  const components: AnyComponent[] = [
    splitSentences,
    tokenize,
    ...(model ? [createTagNames(model), linkMentions] : []),
    findFigures,
    createSummarize({ sentences: options.summarySentences }),
  ]
  const cut = doc.text.length > ANALYSIS_LIMIT ? analysisCut(doc, ANALYSIS_LIMIT) : doc.text.length
  const analysed =
    cut < doc.text.length
      ? { ...runPipeline(prefixView(doc, cut), components), text: doc.text, blocks: doc.blocks, analysedLength: cut }
      : runPipeline(doc, components)
  return modelError ? { ...analysed, errors: [...(analysed.errors ?? []), { component: 'tag-names', message: modelError }] } : analysed
}
