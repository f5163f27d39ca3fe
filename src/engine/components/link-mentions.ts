import { normalizeArabicFast as normalizeArabic } from '../arabic/normalize.ts'
import type { Entity, EntityType, Span } from '../doc.ts'
import type { Component } from '../pipeline.ts'
import { isSpelledVariant, isSpellingVariant, spellingKey } from '../names/lists/spelling-variants.ts'

/**
 * Groups mentions into entities within one article. A mention joins a longer mention of the same type
 * whose words contain its words in order: "بيسكوف" → "دميتري بيسكوف", "حماس" → "حركة حماس",
 * "الخارجية الروسية" → "وزارة الخارجية الروسية", "غزة" → "قطاع غزة". Mentions spelled alike are one
 * entity whatever type each was tagged with; the type most of them carry wins (a name tagged ORG ten
 * times and PERS once is an organisation). Names of one type spelled a long vowel apart are one entity
 * too ("آرون بوشنيل" / "آرون بوشنل", "سورية" / "سوريا": names/lists/spelling-variants.ts), and so are their
 * shorter forms. The display name is the commonest form, without clitics (tag-names leaves them out of
 * the spans already).
 *
 * An entity of one mention, as tag-names makes them, is read by its name rather than its text: the name
 * is the mention as shown, with the article a preposition swallowed given back ("للجيش الأمريكي" is
 * "الجيش الأمريكي", and groups with it).
 */

interface MentionGroup {
  key: string
  words: string[]
  type: EntityType
  mentions: Span[]
  /** Surface forms seen, with counts: the display name is picked from them. */
  surfaces: Map<string, number>
  typeVotes: Map<EntityType, number>
  parent: MentionGroup | null
}

const PATTERNS = {
  space: /\s+/u,
  /** Punctuation inside a name ("أ.ف.ب", "فرانس-24") does not make another name. */
  innerPunctuation: /[.\-ـ/]/gu,
  /** Between a name and its alias in brackets or quotes ("الشركة الوطنية للصناعة والمناجم "سنيم""), and after the alias. */
  aliasOpen: /^\s*[("«“]\s*$/u,
  aliasClose: /^\s*[)"»”]/u,
  /** A bracket closing its block: in a caption, the picture's credit ("… في البصرة (الشرق الأوسط)"), not an alias. */
  closesBlock: /^\s*[)"»”]\s*[.،]?\s*$/u,
  /** "، المعروف بـ"، "الملقب ب«": what comes before a nickname (the ب is outside the name's span). */
  knownAs: /^\s*[،,]?\s*(?:المعروف|الملقب|المكنى|الشهير)\s+بـ?\s*["«“]?\s*$/u,
} as const

function wordsOf(surface: string): string[] {
  return normalizeArabic(surface.replace(PATTERNS.innerPunctuation, ' ')).split(PATTERNS.space).filter(Boolean)
}

/**
 * Words that make a longer place name a facility inside the place it names: "سان أنطونيو بارك" is a
 * park in San Antonio, not another way to write the city, so "سان أنطونيو" does not join it (while
 * "غزة" joins "قطاع غزة"). Hand-written, normalised as wordsOf normalises.
 */
const FACILITY_WORDS = new Set(
  [
    'بارك', 'حديقة', 'مطار', 'شارع', 'ميدان', 'ساحة', 'جسر', 'قاعدة', 'ملعب', 'استاد', 'فندق', 'مستشفى', 'سجن',
    'معبر', 'ميناء', 'جامعة', 'مسجد', 'كنيسة', 'برج', 'سوق',
  ].map((word) => normalizeArabic(word)),
)

/**
 * Words that make a longer place name a part or the surroundings of the place it names: "ريف دمشق" is the
 * province around Damascus and "غلاف غزة" the Israeli towns along the Gaza Strip, so "دمشق" and "غزة" do
 * not join them (while "قطاع غزة", "مدينة رأس العين", "محافظة الحسكة" name the place itself).
 */
const REGION_WORDS = new Set(
  [
    'ريف', 'أرياف', 'غلاف', 'ضواحي', 'ضاحية', 'أطراف', 'محيط', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط',
    'شمالي', 'جنوبي', 'شرقي', 'غربي', 'نيو',
    // A region of a country named with it: "كوردستان العراق" is not Iraq.
    'كردستان', 'كوردستان',
  ].map((word) => normalizeArabic(word)),
)

/**
 * Land and water named after a place, which are not that place: "وادي الأردن" is not Jordan, "دلتا النيل" not the river,
 * "سهل نينوى" not the governorate, "بحر اليابان", "جبل لبنان", "قناة السويس", "صعيد مصر", "باب الشام" (a gate of Baghdad).
 */
const FEATURE_WORDS = new Set(
  ['وادي', 'دلتا', 'سهل', 'صعيد', 'خليج', 'بحر', 'نهر', 'جبل', 'مضيق', 'قناة', 'بحيرة', 'حوض', 'باب'].map((word) => normalizeArabic(word)),
)

/**
 * Adjectives that make a proper name another place: "أمريكا اللاتينية" is not "أمريكا", "كوريا الجنوبية"
 * not "كوريا". They part a name without the article only: a definite common noun made a name is the
 * same place bare, "الضفة" for "الضفة الغربية", "الغوطة" for "الغوطة الشرقية".
 */
const REGION_ADJECTIVES = new Set(
  [
    'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي',
    'اللاتينية', 'الكبرى', 'العليا', 'السفلى', 'الجديدة',
  ].map((word) => normalizeArabic(word)),
)

const ARTICLE = normalizeArabic('ال')

/**
 * Organisations never called by their first word alone, which is another name: "الهلال" is the club, not
 * "الهلال الأحمر"; "العربي" the club or an adjective, not the newspaper "العربي الجديد". (Most do shorten
 * so: "الاتحاد" after "الاتحاد الأوروبي", "الحرس" after "الحرس الثوري".) Hand-written.
 */
const NOT_SHORTENED = ['الهلال الأحمر', 'الصليب الأحمر', 'العربي الجديد'].map((name) => wordsOf(name))

/** The longer organisation is one of NOT_SHORTENED and the shorter its first word alone. */
function isAnotherOrganization(longer: readonly string[], shorter: readonly string[]): boolean {
  return shorter.length === 1 && NOT_SHORTENED.some((name) => name[0] === shorter[0] && containsInOrder(longer, name))
}

/**
 * The longer place is another place than the shorter one it contains: a facility of it, a part of it, its
 * surroundings or land or water named after it (a word it adds is a facility, region or feature word, or a region
 * adjective after a name without the article).
 */
function isAnotherPlace(longer: readonly string[], shorter: readonly string[]): boolean {
  const added = longer.filter((word) => !shorter.includes(word))
  if (added.some((word) => FACILITY_WORDS.has(word) || REGION_WORDS.has(word) || FEATURE_WORDS.has(word))) return true
  return !shorter[0].startsWith(ARTICLE) && added.some((word) => REGION_ADJECTIVES.has(word))
}

function containsInOrder(longer: readonly string[], shorter: readonly string[]): boolean {
  outer: for (let i = 0; i + shorter.length <= longer.length; i++) {
    for (let k = 0; k < shorter.length; k++) if (!isSpellingVariant(longer[i + k], shorter[k])) continue outer
    return true
  }
  return false
}

/**
 * The groups, in the order given, listed under each spelling key of their words (once per group): a group
 * that contains another's words in order contains its first word's key, so only that key's list is searched.
 */
function indexByWordKeys(groups: readonly MentionGroup[]): Map<string, MentionGroup[]> {
  const index = new Map<string, MentionGroup[]>()
  for (const group of groups) {
    for (const key of new Set(group.words.map(spellingKey))) {
      const list = index.get(key)
      if (list) list.push(group)
      else index.set(key, [group])
    }
  }
  return index
}

function root(group: MentionGroup): MentionGroup {
  let current = group
  while (current.parent) current = current.parent
  return current
}

function mostCommon<T>(counts: Map<T, number>): T {
  let best: T | undefined
  let top = -1
  for (const [value, count] of counts) {
    if (count > top) {
      best = value
      top = count
    }
  }
  return best as T
}

export function linkEntityMentions(text: string, entities: readonly Entity[], captions: readonly Span[] = []): Entity[] {
  // 1. Mentions spelled alike (normalised) form one group, whatever their type.
  const groups = new Map<string, MentionGroup>()
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const surface = entity.mentions.length === 1 ? entity.name : text.slice(mention.start, mention.end)
      const words = wordsOf(surface)
      if (words.length === 0) continue
      const key = words.join(' ')
      let group = groups.get(key)
      if (!group) {
        group = { key, words, type: entity.type, mentions: [], surfaces: new Map(), typeVotes: new Map(), parent: null }
        groups.set(key, group)
      }
      group.mentions.push(mention)
      group.surfaces.set(surface, (group.surfaces.get(surface) ?? 0) + 1)
      group.typeVotes.set(entity.type, (group.typeVotes.get(entity.type) ?? 0) + 1)
    }
  }
  for (const group of groups.values()) group.type = mostCommon(group.typeVotes)
  // 1b. Names of one type spelled a long vowel apart are one group ("بوشنيل" / "بوشنل").
  const spelled = mergeSpellings([...groups.values()])

  // 2. A shorter name joins the longer names of its type that contain it (word by word, spellings a
  //    long vowel apart alike); when several do, the one mentioned most (a bare "محمد" beside two
  //    different "محمد …" goes to the commoner).
  const ordered = [...spelled].sort((a, b) => b.words.length - a.words.length)
  const containing = indexByWordKeys(ordered)
  for (const group of ordered) {
    let best: MentionGroup | null = null
    for (const candidate of containing.get(spellingKey(group.words[0])) ?? []) {
      if (candidate.words.length <= group.words.length) break
      if (candidate.type !== group.type || !containsInOrder(candidate.words, group.words)) continue
      if (group.type === 'place' && isAnotherPlace(candidate.words, group.words)) continue
      if (group.type === 'organization' && isAnotherOrganization(candidate.words, group.words)) continue
      if (!best || root(candidate).mentions.length > root(best).mentions.length) best = candidate
    }
    if (best) group.parent = root(best)
  }

  // 2b. An alias right after a name is the same person or organisation: "محمود عباس (أبو مازن)", "محمد
  //     حمدان دقلو المعروف بحميدتي", "وكالة الأنباء السعودية (واس)".
  linkAliases(text, spelled, captions)

  // 3. Collect each root's mentions; the display name is its commonest surface form, the longest of ties.
  const merged = new Map<MentionGroup, { mentions: Span[]; surfaces: Map<string, number>; words: number }>()
  for (const group of spelled) {
    const top = root(group)
    let entry = merged.get(top)
    if (!entry) merged.set(top, (entry = { mentions: [], surfaces: new Map(), words: top.words.length }))
    entry.mentions.push(...group.mentions)
    for (const [surface, count] of group.surfaces) entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + count)
  }
  const result = [...merged].map(([top, entry]) => {
    const mentions = dedupe(entry.mentions)
    const longest = [...top.surfaces].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0]
    return { type: top.type, name: longest, mentions }
  })
  result.sort((a, b) => a.mentions[0].start - b.mentions[0].start)
  return result.map((entity, index) => ({ id: `e${index + 1}`, ...entity }))
}

/**
 * Joins an alias to the name it follows, both persons or both organisations: a mention in brackets right
 * after another ("محمود عباس (أبو مازن)", "وكالة الأنباء السعودية (واس)"), or after "المعروف ب" / "الملقب
 * ب" (known as, nicknamed: "محمد حمدان دقلو المعروف بحميدتي"). The alias's group hangs under the name's, so
 * the name, not the nickname or the acronym, is shown. A name in brackets closing a caption is the picture's source,
 * not an alias ("مختبر تابع لوزارة الزراعة في البصرة (الشرق الأوسط)").
 */
function linkAliases(text: string, groups: readonly MentionGroup[], captions: readonly Span[]): void {
  for (const type of ['person', 'organization'] as const) {
    const named = groups
      .filter((group) => group.type === type)
      .flatMap((group) => group.mentions.map((mention) => ({ mention, group })))
      .sort((a, b) => a.mention.start - b.mention.start)
    for (let i = 0; i + 1 < named.length; i++) {
      const name = named[i]
      const alias = named[i + 1]
      const between = text.slice(name.mention.end, alias.mention.start)
      const bracketed = PATTERNS.aliasOpen.test(between) && PATTERNS.aliasClose.test(text.slice(alias.mention.end)) && !isCaptionCredit(text, alias.mention, captions)
      if (!bracketed && !PATTERNS.knownAs.test(between)) continue
      const from = root(alias.group)
      const to = root(name.group)
      if (from !== to) from.parent = to
    }
  }
}

/** The mention, in brackets, closes a caption: the picture's credit. */
function isCaptionCredit(text: string, mention: Span, captions: readonly Span[]): boolean {
  const caption = captions.find((block) => block.start <= mention.start && mention.end <= block.end)
  return caption !== undefined && PATTERNS.closesBlock.test(text.slice(mention.end, caption.end))
}

/**
 * Folds each group into an earlier one of its type spelled a long vowel apart (isSpelledVariant), the
 * mentions, spellings and type votes added up; the kept group's words are those of the more mentioned.
 */
function mergeSpellings(groups: readonly MentionGroup[]): MentionGroup[] {
  const kept: MentionGroup[] = []
  // Only groups whose words share their spelling keys can be variants: each is compared within its bucket.
  const buckets = new Map<string, MentionGroup[]>()
  for (const group of groups) {
    const key = `${group.type} ${group.words.map(spellingKey).join(' ')}`
    const bucket = buckets.get(key)
    const into = bucket?.find((other) => isSpelledVariant(other.words, group.words))
    if (!into) {
      kept.push(group)
      if (bucket) bucket.push(group)
      else buckets.set(key, [group])
      continue
    }
    if (group.mentions.length > into.mentions.length) into.words = group.words
    into.mentions.push(...group.mentions)
    for (const [surface, count] of group.surfaces) into.surfaces.set(surface, (into.surfaces.get(surface) ?? 0) + count)
    for (const [type, count] of group.typeVotes) into.typeVotes.set(type, (into.typeVotes.get(type) ?? 0) + count)
  }
  return kept
}

function dedupe(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  return sorted.filter((span, i) => i === 0 || span.start !== sorted[i - 1].start || span.end !== sorted[i - 1].end)
}

export const linkMentions: Component<'entities', 'entities'> = {
  name: 'link-mentions',
  requires: ['entities'],
  assigns: ['entities'],
  run: (doc) => ({ ...doc, entities: linkEntityMentions(doc.text, doc.entities, doc.blocks.filter((block) => block.kind === 'caption')) }),
}
