import type { Token } from '../doc.ts'
import type { Gazetteer } from './tagger/gazetteer.ts'
import { joinSeats } from './refine/boundaries/join-seats.ts'
import { splitAtCells } from './refine/boundaries/split-at-cells.ts'
import { absorbNationalities } from './refine/boundaries/absorb-nationality.ts'
import { adjustBoundaries, trimExampleWords, trimPitchSides } from './refine/boundaries/adjust-boundaries.ts'
import { combineMentions, findChainBodies } from './refine/boundaries/combine-mentions.ts'
import { completeVenueNames } from './refine/boundaries/complete-venue-names.ts'
import { extendKindAdjectives } from './refine/boundaries/kind-adjectives.ts'
import { retypeChurchInstitutions } from './refine/retype/church-institutions.ts'
import { retypeGroupsOutsideMorocco, retypeMoroccanCommunes } from './refine/retype/groups-outside-morocco.ts'
import { retypeZones } from './refine/retype/zones.ts'
import { retypeParks } from './refine/retype/parks.ts'
import { extendWorkersUnions } from './refine/boundaries/workers-unions.ts'
import { trimOfficersPortfolios } from './refine/boundaries/officer-portfolios.ts'
import { retypePersonsAfterPlaceHeads } from './refine/retype/persons-after-place-heads.ts'
import { splitGovernedPlaces } from './refine/boundaries/split-governed-place.ts'
import { retypeQuotedPlaces } from './refine/retype/quoted-places.ts'
import { retypeMothersKunya } from './refine/retype/mothers-kunya.ts'
import { retypeListedPersons, splitListedPairs, splitPlaceLists } from './refine/retype/listed-places.ts'
import { retypeSurnames } from './refine/retype/surnames.ts'
import { retypeKnownPlacePersons } from './refine/retype/known-place-persons.ts'
import { findListMembers } from './refine/find/list-members.ts'
import { extendNumberedUnits } from './refine/find/find-numbered-units.ts'
import { findMonuments } from './refine/find/find-monuments.ts'
import { extendOverParticles, joinAcrossNasab } from './refine/boundaries/particle-end.ts'
import { extendFoundPlaces } from './refine/boundaries/compound-place-end.ts'
import { extendIntoKnownPlaces } from './refine/boundaries/known-place-tail.ts'
import { splitPlaceAtPreposition } from './refine/boundaries/split-place-at-preposition.ts'
import { retypeDistrictCentres } from './refine/retype/district-centres.ts'
import { createContext, rebuildOwners, type TokenMention } from './refine/shared/context.ts'
import { dropClubsOffThePitch } from './refine/drop/drop-clubs-off-the-pitch.ts'
import { dropLoneCommonWords } from './refine/drop/drop-lone-common-words.ts'
import { dropCommonNounLists } from './refine/drop/drop-common-noun-lists.ts'
import { dropNonNames } from './refine/drop/drop-non-names.ts'
import { extendClusterOrdinals, extendPhaseNumbers } from './refine/boundaries/phase-numbers.ts'
import { trimBoardOf } from './refine/boundaries/trim-board-of.ts'
import { trimCrossingKind } from './refine/boundaries/trim-crossing-kind.ts'
import { extendMinObjectTails } from './refine/boundaries/min-object-tails.ts'
import { extendNegatedAdjectives } from './refine/boundaries/negated-adjective-tails.ts'
import { dropAnnouncedNouns } from './refine/drop/drop-announced-nouns.ts'
import { dropNamesInForeignText } from './refine/drop/drop-names-in-foreign-text.ts'
import { dropHeadAnaphors } from './refine/drop/drop-head-anaphors.ts'
import { dropFormulas } from './refine/drop/drop-formulas.ts'
import { trimRunOns } from './refine/boundaries/trim-run-ons.ts'
import { splitJoinedPlaces } from './refine/boundaries/split-joined-places.ts'
import { splitPlaceBeforePerson } from './refine/boundaries/split-place-before-person.ts'
import { extendEastAsianNames } from './refine/boundaries/east-asian-names.ts'
import { dropAccusativeNisbas } from './refine/drop/accusative-nisbas.ts'
import { trimPluralBodyHeads } from './refine/boundaries/plural-body-heads.ts'
import { extendFieldTails } from './refine/boundaries/extend-field-tails.ts'
import { extendGivenNames } from './refine/boundaries/extend-given-names.ts'
import { findBracketedAcronyms } from './refine/find/find-institutions.ts'
import { findPatterns } from './refine/find/find-patterns.ts'
import { extendForeignPlaceHeads } from './refine/boundaries/foreign-place-head.ts'
import { findInitialledNames, joinAcrossInitials } from './refine/boundaries/join-across-initials.ts'
import { joinAdjacentNames } from './refine/boundaries/join-adjacent-names.ts'
import { findClubsOfSport, findMatchClubs, findTransferClubs } from './refine/find/match-clubs.ts'
import { preferKnownOrganizations } from './refine/retype/prefer-known-organizations.ts'
import { propagate } from './refine/find/propagate-in-article.ts'
import { rejoinSplitNames } from './refine/boundaries/rejoin-split-names.ts'
import { trimSurnameRunOn } from './refine/boundaries/surname-run-on.ts'
import { extendExpressways, joinIntercityRoads } from './refine/boundaries/expressway-names.ts'
import { findDatelinePlaces } from './refine/find/dateline-places.ts'
import { extendPurposeNames } from './refine/boundaries/purpose-names.ts'
import { fitKnownPersons } from './refine/boundaries/fit-known-persons.ts'

export type { TokenMention } from './refine/shared/context.ts'
export { isNationalityNisba } from './refine/shared/nationality-nisba.ts'

/**
 * Article-level corrections to the tagger's names, for what ANERcorp (2007 news, its own conventions)
 * does not teach and modern articles need, following the annotation conventions of
 * ../shared/data/README.md. Developed on the seed page and the annotated articles in ../shared/data
 * (so the eval's article scores flatter them; the ANERcorp development split does not use them).
 * Each rule lives in ./refine/, by what it does: find/ (names the tagger missed, and a name found once
 * found everywhere), boundaries/ (where a name begins and ends: heads, nisbas, joins and splits),
 * retype/ (the type of a name found whole) and drop/ (what is no name); what they share is in shared/:
 * context.ts (the article's tokens, stems and which mention holds each token), word-lists.ts,
 * patterns.ts and the word predicates the rules ask (name-like.ts, chain-noun.ts, …). The rules, named below:
 *
 * 1. a nisba adjective after a proper name is not part of it ("كوميرسانت الروسية" → "كوميرسانت"), but
 *    stays after a common-noun head ("السفارة الروسية"); a class word before a place goes ("ولاية
 *    ماريلاند" → "ماريلاند"), and kin, a title's adjective or a definite title before a person ("والدا
 *    بوشنل" → "بوشنل", "القدير نور الشريف" → "نور الشريف", "البابا فرنسيس" → "فرنسيس"); a direction
 *    after a place is its name's ("القدس الشرقية"), and so is the nationality after an organisation named
 *    in common words ("الخطوط الجوية التونسية"); a person of particles and titles only is none ("ابن
 *    الفنان"); a place the tagger ran an organisation into is cut off ("حماس بموسكو"), and so are a bare
 *    indefinite word after an adjective ("بنك الكويت المركزي [تثبيت]") and a second head after و
 *    ("جامعة القاهرة [وجامعة …]"); a facility or venue the tagger typed otherwise is a place ("سد النهضة",
 *    "كنيس موسى بن ميمون"), and a person ends before a known word no name ends on ("أبو طالب [شقيق]")
 *    (adjust-boundaries.ts);
 * 2. a head that is part of the usual name joins it ("حركة حماس", "قطاع غزة", "وكالة تاس للأنباء"), and a
 *    place found as the first word of a compound name alone takes the next ("تل" → "تل حلف"), and one cut
 *    inside a known multi-word place takes all of it ("واشنطن" → "واشنطن العاصمة") (adjust-boundaries.ts,
 *    compound-place-end.ts);
 * 3. neighbours combine: "بريف" + "دمشق", "شارع" or "قصر" + a person = a place, an institution + a person
 *    = an organisation ("جامعة الملك عبد الله", "مركز جون إف. كينيدي", "شركة طلعت مصطفى"), and so is a body's head
 *    and a construct chain ending in a place ("غرفة تجارة وصناعة البحرين", "هيئة تحرير الشام"), a district
 *    word + a titled person = a place ("منطقة السيدة زينب" → "السيدة زينب"), "شرطة" + a place = an
 *    organisation, and so is "محكمة" + its kind + a place ("محكمة جنايات القاهرة"); a street head + two
 *    names = one place ("شارع الحبيب بورقيبة"), and so is a compound place's first word + the place after
 *    it ("خان" + "يونس"); a nisba-shaped place after a definite noun is an adjective ("الأميرة السعودية",
 *    "العاصمة السعودية الرياض", not joined to the place after it); a transliterated company the tagger took for a
 *    person, after a group's head or before a feminine nationality, is an organisation ("لمجموعة بيركشاير
 *    هاثاواي", "بايت دانس الصينية") (combine-mentions.ts);
 * 4. institution patterns the tagger misses: ministry + its field ("وزارة الصحة"), an armed unit + its
 *    name ("كتيبة التوحيد", "كتائب شهداء القلمون"), institution + nationality nisba ("السفارة
 *    الإيرانية", "الائتلاف الوطني السوري", "المحكمة العليا الأمريكية", and with an indefinite head and its
 *    field "هيئة النزاهة العراقية", "مجلس القضاء الأعلى"), a general authority for a field ("الهيئة العامة
 *    للطيران المدني", "الجامعة الملكية المغربية لكرة القدم"), a university or coalition by the word after
 *    it ("جامعة الأزهر", "تحالف الفتح"), "وكالة … للأنباء" (find-institutions.ts), and the field after a name,
 *    with the institution's head before it ("مركز الأهرام للدراسات السياسية") (extend-field-tails.ts), and the
 *    country's nisba after a name in common words, listed or not ("الهيئة العامة للإحصاء السعودية", "مجمع اللغة العربية الأردني") (absorb-nationality.ts), and
 *    its acronym in brackets after it ("بيت التمويل الكويتي (بيتك)") (find-institutions.ts); and
 *    the settlement named after an indefinite "قرية" or "بلدة" ("بلدة قلدون", "قرية التويمية"), a palace
 *    after "قصر" ("قصر الإليزيه", "قصر بعبدا"), a name the word clusters never saw after a district's head
 *    ("ولاية هرات", "مناطق بولاق الدكرور وإمبابة والوراق"), and the provinces, towns and war fronts of recent news
 *    that the tagger's lists lack ("ذي قار", "الفاشر", "خاركيف"; known-places.ts, arab-local-places.ts,
 *    world-places.ts) (find-places.ts), where a body or a place the tagger stopped inside a known town goes on to
 *    its end ("مجلس مدينة [ميت] غمر") (known-place-tail.ts) and an Egyptian "مركز" and its town alone is the
 *    district ("مركز ملوي") (district-centres.ts);
 * 5. credited agencies and outlets from a short list ("رويترز", "أ ف ب"), which also take over what the
 *    tagger found inside them ("الدولة الإسلامية في العراق والشام") (prefer-known-organizations.ts,
 *    known-organization-end.ts) and give back a known place the tagger ran them into ("الحشد الشعبي
 *    الولايات المتحدة"), Latin names after an outlet head ("صحيفة Le Parisien") or in capitals
 *    ("CNN") (find-latin-outlets.ts); a list the tagger read as one organisation after a plural place head is the
 *    places it counts ("أحياء الجامعة والقريات والسنابل") (listed-places.ts);
 * 6. a given name after a nationality or a title, or any name-like word after a definite title, starts
 *    a person ("الإيراني علي باقري كني", "الفنانة نعيمة عاكف"), also past an adjective ("الفنان السوري
 *    الكبير دريد لحام"), and after a spokesperson's or a title's body ("باسم جماعة الحوثي يحيى سريع",
 *    "العقيد في القوات الجوية الأمريكية سيلينا نويز") (find-persons.ts, given-name-start.ts), and completes
 *    one the tagger cut short ("العماد رودولف [هيكل]", "محمد شياع [السوداني]", "خالد آيت [الطالب]"), also
 *    with a given name of the news the other lists lack ("[إسراء] أحمد الطويل") (extend-given-names.ts); and, last
 *    of all, a listed person's full name is one person as written: cut out of the words the tagger ran it into,
 *    split from the next person, completed, or found ("[غابرييل أتال] جيريمي كوربن") (fit-known-persons.ts,
 *    public-figures.ts, foreign-persons.ts);
 * 7. a name found once is found everywhere in the article ("بيسكوف" alone, "تاس" after "وكالة تاس",
 *    "القوات الجوية" after "القوات الجوية الأمريكية") (propagate-in-article.ts), and a person's full name,
 *    or a run of two or more of its words, rejoins the pieces the tagger split it into elsewhere ("نعيمة" +
 *    "عاكف"; "باقري" before "كني" after "علي باقري كني") (rejoin-split-names.ts, word-runs.ts);
 * 8. a work's title in quotes ("فيلم «سيد الخواتم»"), a disease ("فيروس كورونا"), a head alone ("الكورنيش")
 *    and a thing described ("محطة كهرباء جديدة") are not names (drop-non-names.ts);
 * 9. a name ends at a table cell's or a line's edge ("نواف الخنيزي | كوفي مينساه" in a lineup's row) (split-at-cells.ts);
 *    two persons or two organisations side by side, no conjunction between, are one ("غوستاف" + "فوشيه") (join-adjacent-names.ts),
 *    and so are the pieces of a foreign name the period of an initial cut ("جون إف. كينيدي", "جي. كي.
 *    رولينغ") (join-across-initials.ts);
 * 10. a name with a transliterated English place head after it is that place ("تايمز سكوير", "سان
 *    أنطونيو بارك") (foreign-place-head.ts);
 * 11. a definite common word taken for a person, with no full name, title or nisba shape to support it, is
 *    no name ("الحكيم" of a fable, "الأوكسجين"); nor is a word alone in a verb's shape, nor a colour alone
 *    taken for a place ("نحو الوردي") (drop-lone-common-words.ts);
 * 12. the teams of a match: a listed club or known organisation after "فاز", "تغلب", "خسر" … and after
 *    "على" / "أمام" that follows ("فاز الهلال على النصر", "تغلب برشلونة"), also where the tagger typed it a
 *    person or a place; and in a report of sport a listed club after "مع", "ضد", "أمام", or after "و" and
 *    another club ("عقده مع الهلال", "الأهلي والنصر"), and the two clubs of a transfer ("انتقل … من ميلان إلى
 *    الهلال") (match-clubs.ts), and a club no list has, one definite word, when the score follows or the rival is
 *    listed ("تغلب العلا على الجبلين 2-1"), but not the word after a win with its pronoun ("فوزه [الكاسح] على"); a venue named after a person runs to the person's last word and to its
 *    kind ("ملعب مدينة الأمير عبدالعزيز بن مساعد الرياضية") (complete-venue-names.ts);
 * 13. a club's name that is also a common noun, after a preposition in an article about no sport, is the noun
 *    ("ورحبت الجامعة العربية [بالاتفاق]", the agreement) (drop-clubs-off-the-pitch.ts), and a Latin name inside a run of
 *    Latin text is the tagger guessing at English ("developers don") (drop-names-in-foreign-text.ts);
 * 14. a word giving an example ("مثل", "خاصة", "لاسيما") opens no name ("في بلدة [مثل] كفر قاسم"), nor a position's side
 *    a player's name ("الظهير [الأيمن] عمر الشافعي"), last, after every rule that finds names (adjust-boundaries.ts,
 *    trimExampleWords, trimPitchSides);
 * 15. a religious formula holds no name ("بسم الله [الرحمن الرحيم]", "ورحمة الله وبركاته", "عبدالله رحمه الله"), and the
 *    Prophet called "نبينا" is named by his name (drop-formulas.ts); a verb in the past's plural or a reflexive present ends
 *    no name, nor does a day ("[نقابة المزارعين قالوا]", "[أبو محمد يتفقد]", "[وزارة التعليم يوم] الأحد") (trim-run-ons.ts); bodies named by a plural head and
 *    their field are several, no name ("وزارات التربية") (plural-body-heads.ts); a word alone that ends a person named in full
 *    is that person ("بحسب [كبارة]" after "وسيم كبارة") (surnames.ts).
 * 16. a known town of two words or more behind "ب" that ends a place is a place of its own ("[منطقة اللسان] [برأس البر]")
 *    (split-place-at-preposition.ts);
 * 17. a party or coalition named for what it stands for takes "من أجل" and its object ("[التكتل الديمقراطي من أجل العمل
 *    والحريات]", "[القائمة الوطنية من أجل مصر]"), after every rule that finds names, so that a place named there is the
 *    name's (purpose-names.ts).
 *
 * The stages run in the order below, not the rules' numbering: rule 8 first, so that no non-name spreads;
 * the initials of rule 9 early, so that the rules after them see the whole name ("مركز جون إف. كينيدي"
 * is an institution named after a person, rule 3); persons side by side last, on the sorted mentions.
 */
export function refineMentions(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  tagged: readonly TokenMention[],
): TokenMention[] {
  const ctx = createContext(text, tokens, gazetteer)
  let mentions = dropNonNames(ctx, splitAtCells(ctx, [...tagged]))
  rebuildOwners(ctx, mentions)
  mentions = adjustBoundaries(ctx, mentions)
  rebuildOwners(ctx, mentions)
  mentions = joinAcrossNasab(ctx, findInitialledNames(ctx, joinAcrossInitials(ctx, mentions.sort((a, b) => a.first - b.first))))
  rebuildOwners(ctx, mentions)
  extendOverParticles(ctx, mentions)
  mentions = combineMentions(ctx, mentions)
  mentions = splitPlaceLists(ctx, preferKnownOrganizations(ctx, mentions))
  rebuildOwners(ctx, mentions)
  findDatelinePlaces(ctx, mentions)
  extendGivenNames(ctx, mentions)
  extendEastAsianNames(ctx, mentions)
  findPatterns(ctx, mentions)
  extendNumberedUnits(ctx, mentions)
  extendPhaseNumbers(ctx, mentions)
  extendClusterOrdinals(ctx, mentions)
  trimBoardOf(ctx, mentions)
  findMonuments(ctx, mentions)
  findChainBodies(ctx, mentions)
  findMatchClubs(ctx, mentions)
  findTransferClubs(ctx, mentions)
  findClubsOfSport(ctx, mentions)
  extendFieldTails(ctx, mentions)
  extendWorkersUnions(ctx, mentions)
  trimOfficersPortfolios(ctx, mentions)
  extendMinObjectTails(ctx, mentions)
  extendNegatedAdjectives(ctx, mentions)
  completeVenueNames(ctx, mentions)
  extendKindAdjectives(ctx, mentions)
  retypeChurchInstitutions(ctx, mentions)
  retypeGroupsOutsideMorocco(ctx, mentions)
  retypeMoroccanCommunes(ctx, mentions)
  retypeZones(ctx, mentions)
  retypeParks(ctx, mentions)
  retypeDistrictCentres(ctx, mentions)
  retypePersonsAfterPlaceHeads(ctx, mentions)
  retypeQuotedPlaces(ctx, mentions)
  retypeMothersKunya(ctx, mentions)
  retypeListedPersons(ctx, mentions)
  extendFoundPlaces(ctx, mentions)
  extendIntoKnownPlaces(ctx, mentions)
  extendExpressways(ctx, mentions)
  mentions = splitPlaceAtPreposition(ctx, joinIntercityRoads(ctx, mentions))
  rebuildOwners(ctx, mentions)
  mentions = joinSeats(ctx, absorbNationalities(ctx, mentions).sort((a, b) => a.first - b.first))
  rebuildOwners(ctx, mentions)
  findBracketedAcronyms(ctx, mentions)
  mentions = trimSurnameRunOn(ctx, rejoinSplitNames(ctx, mentions))
  rebuildOwners(ctx, mentions)
  propagate(ctx, mentions)
  rebuildOwners(ctx, mentions)
  mentions = dropAccusativeNisbas(ctx, trimPluralBodyHeads(ctx, dropFormulas(ctx, dropHeadAnaphors(ctx, dropNamesInForeignText(ctx, dropClubsOffThePitch(ctx, dropLoneCommonWords(ctx, dropAnnouncedNouns(ctx, extendForeignPlaceHeads(ctx, dropCommonNounLists(ctx, splitPlaceBeforePerson(ctx, splitJoinedPlaces(ctx, trimCrossingKind(ctx, trimRunOns(ctx, mentions))))))))))))))
  retypeSurnames(ctx, mentions)
  retypeKnownPlacePersons(ctx, mentions)
  mentions = splitListedPairs(ctx, mentions)
  rebuildOwners(ctx, mentions)
  mentions = findListMembers(ctx, mentions).sort((a, b) => a.first - b.first)
  rebuildOwners(ctx, mentions)
  mentions = extendPurposeNames(ctx, mentions)
  mentions = trimPitchSides(ctx, trimExampleWords(ctx, splitGovernedPlaces(ctx, joinAdjacentNames(ctx, mentions))))
  rebuildOwners(ctx, mentions)
  return fitKnownPersons(ctx, mentions)
}
