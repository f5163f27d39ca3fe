/**
 * Error analysis of the names tagger on the ANERcorp development split (a helper, not part of the eval):
 * groups the PERS/LOC/ORG spans it misses, bounds wrongly or types wrongly, and the spans it invents,
 * by length and by whether the training part tagged the same text, and writes each error in context.
 *
 *   npx tsx scripts/_names-errors.ts [MODEL.json] [OUT.txt]
 *
 * MODEL defaults to the shipped model (train one with `npm run train:names -- --dev-only --out FILE`).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { decodeNamesModel } from '../src/engine/names/tagger/model-codec.ts'
import { readConll } from '../src/engine/names/training/read-conll.ts'
import { splitDev } from '../src/engine/names/training/dev-split.ts'
import { mapTag } from '../src/engine/names/training/map-tag.ts'
import { spansFromTags, type TypedSpan } from '../src/engine/names/tagger/score-spans.ts'
import { tagSentences } from '../src/engine/names/tagger/tag-sentences.ts'

const modelFile = process.argv[2] ?? 'src/engine/models/names/names-model.json'
const outFile = process.argv[3] ?? '/tmp/names-errors.txt'
const model = decodeNamesModel(JSON.parse(readFileSync(modelFile, 'utf8')))
const { dev, train } = splitDev(readConll(readFileSync('../shared/data/ner/anercorp/ANERCorp_CamelLab_train.txt', 'utf8')))
const trainNames = new Map<string, string>()
for (const s of train) for (const span of spansFromTags(s.tags.map(mapTag))) trainNames.set(s.words.slice(span.start, span.end).join(' '), span.type)
const predicted = tagSentences(model, dev.map((s) => s.words), model.conllWindow)
const lines: string[] = []
const groups = new Map<string, number>()
const count = (group: string) => groups.set(group, (groups.get(group) ?? 0) + 1)
const key = (span: TypedSpan) => `${span.start}:${span.end}`
const overlaps = (a: TypedSpan, b: TypedSpan) => a.start < b.end && b.start < a.end
dev.forEach((sentence, i) => {
  const gold = spansFromTags(sentence.tags.map(mapTag)).filter((span) => span.type !== 'MISC')
  const guessed = spansFromTags(predicted[i]).filter((span) => span.type !== 'MISC')
  const guessedAt = new Map(guessed.map((span) => [key(span), span]))
  const goldAt = new Set(gold.map(key))
  const words = sentence.words
  const inContext = (a: number, b: number) =>
    `${words.slice(Math.max(0, a - 3), a).join(' ')} [${words.slice(a, b).join(' ')}] ${words.slice(b, b + 3).join(' ')}`
  for (const span of gold) {
    const same = guessedAt.get(key(span))
    if (same?.type === span.type) continue
    const text = words.slice(span.start, span.end).join(' ')
    const seen = trainNames.has(text) ? `seen:${trainNames.get(text)}` : 'unseen'
    const over = same ? undefined : guessed.find((other) => overlaps(other, span))
    const kind = same ? `TYPE ${span.type}->${same.type}` : over ? `BOUND ${span.type}` : `MISS ${span.type}`
    count(`${kind} len${Math.min(span.end - span.start, 3)} ${seen === 'unseen' ? 'unseen' : 'seen'}`)
    const note = over ? ` (predicted ${over.type} ${words.slice(over.start, over.end).join(' ')})` : ''
    lines.push(`${kind}${note}\t${seen}\t${inContext(span.start, span.end)}`)
  }
  for (const span of guessed) {
    if (goldAt.has(key(span)) || gold.some((other) => overlaps(other, span))) continue
    count(`SPURIOUS ${span.type}`)
    lines.push(`SPURIOUS ${span.type}\t-\t${inContext(span.start, span.end)}`)
  }
})
console.log([...groups].sort((a, b) => b[1] - a[1]).map(([group, n]) => `${n}\t${group}`).join('\n'))
writeFileSync(outFile, lines.sort().join('\n') + '\n')
console.log(`\n${lines.length} errors in context: ${outFile}`)
