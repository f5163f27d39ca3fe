import { normalizeArabicFast as normalizeArabic } from '../../../arabic/normalize.ts'
import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { knownOrganizationEnd } from '../shared/known-organization-end.ts'
import { GIVEN, NAME_ENDERS } from '../shared/word-lists.ts'

/**
 * A known organisation of several words takes over the tagger's mentions that lie inside it: in "الدولة
 * الإسلامية في العراق والشام" the tagger saw a state and two places. A mention that begins inside it and
 * runs on past it keeps the words after it: "التيار [الصدري مقتدى] الصدر" is the Sadrist movement and the
 * person after it. An organisation that begins before it and ends inside it runs on to its end ("[حركة
 * الجهاد] الإسلامي"). One that holds the whole known name and more ("مجلس الأمن الدولي" over "مجلس الأمن")
 * is kept as the tagger read it, unless the words after the known name are a known place ("الحشد الشعبي
 * الولايات المتحدة": the militias and the country they accused). One of one word the tagger took for a
 * person is the organisation ("قالت غرينبيس", "قال برشلونة").
 */
export function preferKnownOrganizations(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  let result = mentions
  for (let t = 0; t < ctx.tokens.length; t++) {
    const last = knownOrganizationEnd(ctx, t)
    if (last === t) {
      result = retypeLonePerson(ctx, result, t)
      continue
    }
    if (last < t) continue
    const touching = result.filter((m) => m.last >= t && m.first <= last)
    // "[حركة الجهاد] الإسلامي": an organisation the tagger ended inside the known name runs on to its end.
    const head = touching.find((m) => m.first < t)
    if (head && head.type === 'organization' && head.last < last && touching.every((m) => m === head || m.last <= last)) {
      result = [...result.filter((m) => !touching.includes(m)), { ...head, last }]
      t = last
      continue
    }
    if (touching.length === 0 || head) continue
    if (touching.length === 1 && touching[0].first === t && touching[0].last === last && touching[0].type === 'organization') continue
    // …unless what it ran on into is a known place whole: "[الحشد الشعبي الولايات المتحدة]" (the militias
    // accused the United States) is an organisation and a place.
    const runOn = touching.find((m) => m.first === t && m.last > last)
    if (runOn && !isKnownPlace(ctx, last + 1, runOn.last)) continue
    // The words a mention ran on past the known name stay a mention of their own.
    const rest = touching.filter((m) => m.last > last).map((m): TokenMention =>
      m === runOn ? { type: 'place', first: last + 1, last: m.last } : m.type === 'person' ? shiftedPerson(ctx, m, last + 1) : { ...m, first: last + 1 },
    )
    result = [...result.filter((m) => !touching.includes(m)), { type: 'organization', first: t, last }, ...rest]
    t = last
  }
  return result
}

/**
 * "التيار [الصدري مقتدى] الصدر": the tagger started a person a word early, inside the known organisation
 * before it. Cut to start at `first` and left one word, the person takes back as many words after it as it
 * lost, when each is free, bare (the article at most) and no word the lists know, and the name is closed
 * by punctuation, a particle or the text's end ("مقتدى الصدر إن").
 */
function shiftedPerson(ctx: Context, person: TokenMention, first: number): TokenMention {
  // A name left whole after the cut ("محمد حسن") is taken as it is.
  if (person.last > first) return { ...person, first }
  let last = person.last
  for (let lost = first - person.first; lost > 0; lost--) {
    const next = last + 1
    if (next >= ctx.tokens.length || ctx.owner[next] >= 0 || breakBetween(ctx, last, next)) break
    const { pre, post } = ctx.tokens[next].clitics
    if (post.length > 0 || pre.some((clitic) => clitic !== 'ال') || ctx.gazetteer.classes.has(ctx.stems[next])) break
    last = next
  }
  const after = last + 1
  const closed = after >= ctx.tokens.length || breakBetween(ctx, last, after) || NAME_ENDERS.has(ctx.stems[after])
  return { ...person, first, last: closed ? last : person.last }
}

/** Known organisations named after people, who are in the news too: "قال فورد" may be the president. */
const ALSO_PERSONS = new Set(
  ['فورد', 'تسنيم', 'فاغنر', 'مرسيدس', 'شانيل', 'ديور', 'فيراري', 'بورشه', 'غوتشي', 'سوزوكي', 'هوندا', 'فيليبس',
    'سيمنس', 'كارتييه', 'برادا', 'بنتلي', 'دايملر', 'ماكدونالدز', 'بلومبرغ', 'بلومبيرغ', 'هيرميس', 'رينو', 'بيجو'].map(normalizeArabic),
)

/**
 * "قالت [غرينبيس]": a known organisation of one word that the tagger took for a person, that word alone
 * (after a verb of saying, the tagger expects a person), is the organisation. Not a given name.
 */
function retypeLonePerson(ctx: Context, mentions: TokenMention[], t: number): TokenMention[] {
  const owner = mentions.find((m) => m.first === t && m.last === t)
  const { norm } = ctx.tokens[t]
  if (!owner || owner.type !== 'person' || GIVEN.has(ctx.stems[t]) || GIVEN.has(norm) || ALSO_PERSONS.has(norm)) return mentions
  return mentions.map((m) => (m === owner ? { ...m, type: 'organization' } : m))
}

/** Tokens first..last spell a place of the gazetteer, all of it. */
function isKnownPlace(ctx: Context, first: number, last: number): boolean {
  const entries = ctx.gazetteer.places.get(ctx.stems[first]) ?? ctx.gazetteer.places.get(ctx.tokens[first].norm)
  return entries?.some((words) => words.length === last - first + 1 && words.every((word, k) => k === 0 || ctx.tokens[first + k].norm === word)) ?? false
}
