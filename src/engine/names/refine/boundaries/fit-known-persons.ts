import { FOREIGN_PERSONS } from '../../lists/foreign-persons.ts'
import { PUBLIC_FIGURES } from '../../lists/public-figures.ts'
import { phraseIndex } from '../../tagger/gazetteer.ts'
import { breakBetween, rebuildOwners, type Context, type TokenMention } from '../shared/context.ts'
import { knownPhraseEnd } from '../shared/known-phrase-end.ts'
import { hasTanween, isClustered } from '../shared/name-like.ts'
import { isDefiniteStem } from '../shared/definite.ts'
import { isWorldFamilyName } from '../shared/known-full-name.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { GIVEN, INSTITUTION_HEADS, LINKING_PARTICLES, normSet, ORDINAL_WORDS, STREET_HEADS, VENUE_HEADS } from '../shared/word-lists.ts'

/** The listed persons' full names as the lists write them: foreign-persons.ts's pairs joined, and public-figures.ts. */
function listedFullNames(): string[] {
  return [...FOREIGN_PERSONS.map(([given, family]) => `${given} ${family}`), ...PUBLIC_FIGURES]
}

/** The listed full names by first word, longest first; built on first use. */
let personIndex: Map<string, string[][]> | undefined
function knownPersons(): Map<string, string[][]> {
  return (personIndex ??= phraseIndex(listedFullNames()))
}

/** The listed full names as written, diacritics aside, for isWrittenAsListed; built on first use. */
let writtenNames: Set<string> | undefined
function writtenKnownPersons(): Set<string> {
  return (writtenNames ??= new Set(listedFullNames().map(withoutMarks)))
}

/** The text without its diacritics and tatweel. */
function withoutMarks(text: string): string {
  return text.replace(/[\u0640\u064B-\u065F\u0670]/gu, '')
}

/** Tokens first..last spell a listed name as the list writes it, with one clitic letter before it or none ("وحنفي جبالي"). */
function isWrittenAsListed(ctx: Context, first: number, last: number): boolean {
  const written = withoutMarks(ctx.text.slice(ctx.tokens[first].start, ctx.tokens[last].end)).replace(/\s+/gu, ' ')
  return writtenKnownPersons().has(written) || writtenKnownPersons().has(written.slice(1))
}

/** Heads that name a place or a body after a person ("جامعة الملك سعود", "مطار الملك خالد", "جائزة نجيب محفوظ"). */
const NAMED_AFTER_HEADS: ReadonlySet<string> = new Set([...INSTITUTION_HEADS, ...STREET_HEADS, ...VENUE_HEADS, ...normSet(['جائزة', 'مدينة', 'مستشفى', 'مدرسة', 'مركز', 'مؤسسة', 'مسابقة', 'كأس', 'بطولة'])])

/**
 * A person's full name the lists know ("حمدين صباحي", "إيمانويل ماكرون", "تيدروس أدهانوم غيبريسوس") is one person, as written:
 * - the tagger's person that runs past it ends with it ("[حمدين صباحي] الكفة", "[أحمد شفيق] سيترأس"), and two words or more
 *   after it that open on a given name are the next person ("[غابرييل أتال] [جيريمي كوربن]");
 * - one that began before it on a word the clusters know, neither a given name nor a particle, begins with it ("الوزير
 *   [ستيفان سيجورنيه]"), and a listed family name before it is a person of its own ("[ماكرون] [سيباستيان لوكورنو]");
 * - one the tagger cut inside it, or split, takes all of it ("[محمد] سعد الكتاتني");
 * - one the tagger missed is found where it is written as listed, unless a head before it names a place or a body after
 *   the person ("شارع أحمد شفيق"); a place or body the tagger found inside the name gives way to it.
 * A longer name that holds the listed one stays whole: the name goes on with "بن", an ordinal, a given name or a word the
 * clusters never saw ("محمد بن زايد آل نهيان", "الحسين بن عبدالله الثاني", "تيدروس أدهانوم غيبريسوس"), or begins before
 * it ("حصة صباح السالم الصباح"); and so does a place or a body that holds all of it.
 */
export function fitKnownPersons(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const index = knownPersons()
  const out = [...mentions]
  for (let t = 0; t < ctx.tokens.length; t++) {
    const end = knownPhraseEnd(ctx, t, index)
    if (end < 0) continue
    fitOne(ctx, out, t, end)
    t = end
  }
  return out.filter((mention) => mention.last >= mention.first).sort((a, b) => a.first - b.first)
}

function fitOne(ctx: Context, mentions: TokenMention[], first: number, last: number): void {
  const overlapping = new Set<number>()
  for (let k = first; k <= last; k++) if (ctx.owner[k] >= 0) overlapping.add(ctx.owner[k])
  const persons: number[] = []
  for (const i of overlapping) {
    const m = mentions[i]
    if (m.type === 'person') { persons.push(i); continue }
    // A place or body that holds the whole name is named after the person.
    if (m.first <= first && m.last >= last) return
    if (m.first >= first && m.last <= last) continue
    // One that ran into the name's first words from before ("شركة فايزر [ألبرت] بورلا") ends before it; one that runs on
    // past its end is a name of its own the person is part of.
    if (m.first < first && m.last <= last) continue
    return
  }
  if (persons.length === 0) {
    if (first > 0 && !breakBetween(ctx, first - 1, first) && NAMED_AFTER_HEADS.has(ctx.stems[first - 1])) return
    // One the tagger missed is found as the list spells it, hamza and all: "عادل إمام", not "عادل أمام [الجمهور]" (before).
    if (!isWrittenAsListed(ctx, first, last)) return
  }
  // The persons the tagger ran on into before or after the listed name, kept only if the name is fitted at all.
  const neighbours: TokenMention[] = []
  for (const i of persons) {
    const m = mentions[i]
    if (m.first < first) {
      // "حصة [صباح السالم الصباح]", "محمد [بن سلمان]", "لياو [لي تشيانغ]": the name goes on before the listed one.
      if (GIVEN.has(ctx.stems[first - 1]) || LINKING_PARTICLES.has(ctx.stems[first - 1]) || !isClustered(ctx, ctx.tokens[first - 1].norm)) {
        // "[ماكرون] سيباستيان لوكورنو": unless it is a listed family name, another person's.
        if (!(m.first === first - 1 && isWorldFamilyName(ctx.stems[first - 1]))) return
        neighbours.push({ type: 'person', first: m.first, last: first - 1 })
      }
    }
    if (m.last > last) {
      const next = last + 1
      // "الحسين بن عبدالله [الثاني]", "محمد بن زايد [آل نهيان]": the name goes on.
      if (LINKING_PARTICLES.has(ctx.stems[next]) || ORDINAL_WORDS.has(ctx.stems[next])) return
      const opensPerson = (GIVEN.has(ctx.stems[next]) || knownPersons().has(ctx.stems[next])) && ctx.tokens[next].clitics.pre.length === 0
      if (m.last > next && opensPerson) neighbours.push({ type: 'person', first: next, last: m.last })
      else if (continuesName(ctx, next)) return
    }
  }
  // Every mention inside or across the name gives way to it (the ones that held it returned above); what a person ran
  // into before or after the name is no name (a title, a club, a verb), what a place or a body held before it stays.
  for (const i of overlapping) {
    const m = mentions[i]
    mentions[i] = m.type !== 'person' && m.first < first ? { ...m, last: first - 1 } : { ...m, last: m.first - 1 }
  }
  mentions.push({ type: 'person', first, last }, ...neighbours)
  rebuildOwners(ctx, mentions)
}

/** Second words of compound names, and the family name "الشيخ" (آل الشيخ), which a name goes on with. Normalised. */
const NAME_SECONDS = normSet(['الدين', 'الله', 'الرحمن', 'الرحيم', 'العابدين', 'الإسلام', 'النبي', 'الحق', 'الهدى', 'الزهراء', 'الخير', 'الشيخ'])

/**
 * Token t, after a listed name inside the tagger's person, may be the name's own next word ("تيدروس أدهانوم
 * [غيبريسوس]", "أحمد حسن [آدم]", "عبدالله بن عبدالعزيز [الشيخ]", "محمد [السوداني]"): no clitic but the article, no
 * verb's or an accusative's shape, and a given name, a word the clusters never saw, a family name in a nisba's shape,
 * or a compound name's second word. Not "[حمدين صباحي] الكفة", "[أحمد شفيق] سيترأس".
 */
function continuesName(ctx: Context, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  const stem = ctx.stems[t]
  if (!clitics.pre.every((clitic) => clitic === 'ال') || clitics.post.length > 0) return false
  if (PATTERNS.presentVerb.test(norm) || FUTURE_VERB.test(norm) || hasTanween(ctx, t) || PATTERNS.accusativeEnding.test(norm)) return false
  return GIVEN.has(stem) || !isClustered(ctx, norm) || NAME_SECONDS.has(stem) || (isDefiniteStem(stem) && PATTERNS.nisbaEnding.test(stem))
}

/** A verb's future: "سيترأس", "ستستضيف". */
const FUTURE_VERB = /^س[يتن].{3,}$/u
