import { findQuotedPlace } from './find-quoted-places.ts'
import { findLocalCommittee, findVillageCouncil } from './find-local-bodies.ts'
import { isHeadWithPronoun, type Context, type TokenMention } from '../shared/context.ts'
import {
  UNIVERSITY, findAgency, findArmedUnit, findBloc, findCompany, findQuotedName, findClub, findConstructBody, findQuotedOutlet, findNationalTeam, findKnownOrganization, findMinistry, extendMinistryFields,
  findNationalInstitution, findPublicBody, findUniversity,
} from './find-institutions.ts'
import { findApparatus } from './find-apparatus.ts'
import { findCabinet, isTitleCabinetAt } from './find-cabinet.ts'
import { findNumberedUnit } from './find-numbered-units.ts'
import { findSpeakerInCommas } from './speaker-in-commas.ts'
import { findNickname } from './nickname.ts'
import { findNationalTeamByNationality } from './national-team-by-nationality.ts'
import { findCountryForce } from './country-forces.ts'
import { findScheme } from './find-schemes.ts'
import { findLatinOutlet } from './find-latin-outlets.ts'
import { findWorldFamilyName, findEnvoy, findListedPerson, findPluralTitledPersons, findPronounTitledPerson, findRulerOfPlace, findTitleOfField, findSpokesperson, findTitleBeforeBody, findTitleInBody, findTitledPerson } from './find-persons.ts'
import { COUNTRYSIDE, GOVERNORS, findCapital, findGovernedCountry, findStateFormalName, findKindCity, findCountryside, findDateNamedPlace, findNamedStreet, findStation, findFacility, findHeadedPlace, findKnownPlace, findListedPlace, findPalace, findSettlement, findTitledFacility, findUnseenPlace, findUnseenWorks, WORKS_HEADS } from './find-places.ts'
import {
  AGENCY, BLOC_HEADS, IN, CLUB_HEADS, CONSTRUCT_HEADS, FACILITY_HEADS, FACILITY_NAMED_HEADS, MINISTRY, NATIONAL_HEADS, NATIONAL_TEAM_HEADS, ON_BEHALF_OF, PALACE, PLACE_KIND_HEADS, STREET_HEADS, PUBLIC_BODY_HEADS, SETTLEMENT_HEADS,
  UNIT_HEADS, UNSEEN_PLACE_HEADS, NAMED_STREET_HEADS, COMPANY_HEADS, STATION,
} from '../shared/word-lists.ts'

/** Every word that heads one of findPatterns' patterns (a token in none of them skips their checks). */
const PATTERN_HEADS: ReadonlySet<string> = new Set([
  ...UNIT_HEADS, ...SETTLEMENT_HEADS, ...PLACE_KIND_HEADS, ...UNSEEN_PLACE_HEADS, ...COUNTRYSIDE, ...NAMED_STREET_HEADS, ...COMPANY_HEADS, ...STATION, ...FACILITY_HEADS, ...FACILITY_NAMED_HEADS, ...STREET_HEADS, ...WORKS_HEADS, ...MINISTRY, ...NATIONAL_HEADS, ...AGENCY, ...PALACE, ...ON_BEHALF_OF, IN,
  ...CLUB_HEADS, ...NATIONAL_TEAM_HEADS, ...CONSTRUCT_HEADS, ...BLOC_HEADS, ...UNIVERSITY, ...PUBLIC_BODY_HEADS, ...GOVERNORS,
])
/**
 * Rules 4–6: names the tagger missed, found by pattern on tokens no mention covers: armed units,
 * settlements, ministries, institutions named by their country, agencies, spokespeople, clubs after a
 * team word, national teams, the known organisations and places, Latin outlet names, and persons after a title or a
 * nationality.
 * The patterns live by family in find-institutions.ts, find-places.ts, find-persons.ts and
 * find-latin-outlets.ts; their order here matters: a token an earlier pattern claimed is skipped by the
 * later ones.
 */
export function findPatterns(ctx: Context, mentions: TokenMention[]): void {
  const { tokens } = ctx
  for (let t = 0; t < tokens.length; t++) {
    if (ctx.owner[t] >= 0) continue
    // "رئيس مجلس الوزراء البحريني": a title's words, no body (find-cabinet.ts).
    if (isTitleCabinetAt(ctx, t)) {
      t++
      continue
    }

    // Most tokens are no head of any pattern below: one lookup in their union skips them all.
    if (isHeadWithPronoun(ctx, PATTERN_HEADS, t)) {
      if (findArmedUnit(ctx, mentions, t)) continue
      if (findVillageCouncil(ctx, mentions, t)) continue
      if (findLocalCommittee(ctx, mentions, t)) continue
      if (findKindCity(ctx, mentions, t)) continue
      if (findSettlement(ctx, mentions, t)) continue
      if (findHeadedPlace(ctx, mentions, t)) continue
      if (findDateNamedPlace(ctx, mentions, t)) continue
      if (findUnseenPlace(ctx, mentions, t)) continue
      if (findCountryside(ctx, mentions, t)) continue
      if (findTitledFacility(ctx, mentions, t)) continue
      if (findFacility(ctx, mentions, t)) continue
      if (findUnseenWorks(ctx, mentions, t)) continue
      if (findNamedStreet(ctx, mentions, t)) continue
      if (findStation(ctx, mentions, t)) continue
      if (findMinistry(ctx, mentions, t)) continue
      if (findNationalInstitution(ctx, mentions, t)) continue
      if (findAgency(ctx, mentions, t)) continue
      if (findPalace(ctx, mentions, t)) continue
      // These two add a name after the body, not at t: the patterns after them still run.
      findSpokesperson(ctx, mentions, t)
      findTitleInBody(ctx, mentions, t)
      if (findClub(ctx, mentions, t)) continue
      if (findNationalTeam(ctx, mentions, t)) continue
      if (findConstructBody(ctx, mentions, t)) continue
      if (findApparatus(ctx, mentions, t)) continue
      if (findCompany(ctx, mentions, t)) continue
      if (findBloc(ctx, mentions, t)) continue
      if (findUniversity(ctx, mentions, t)) continue
      if (findPublicBody(ctx, mentions, t)) continue
    }
    if (findNumberedUnit(ctx, mentions, t)) continue
    if (findCountryForce(ctx, mentions, t)) continue
    if (findScheme(ctx, mentions, t)) continue
    if (findCabinet(ctx, mentions, t)) continue
    if (findKnownOrganization(ctx, mentions, t)) continue
    if (findKnownPlace(ctx, mentions, t)) continue
    if (findListedPlace(ctx, mentions, t)) continue
    if (findCapital(ctx, mentions, t)) continue
    if (findGovernedCountry(ctx, mentions, t)) continue
    if (findStateFormalName(ctx, mentions, t)) continue
    if (findLatinOutlet(ctx, mentions, t)) continue
    if (findWorldFamilyName(ctx, mentions, t)) continue
    findTitledPerson(ctx, mentions, t)
  }
  // After the loop, which finds the known organisations a title may stand before ("زعيم [التيار الصدري]") and
  // the persons a list goes on from.
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (ctx.owner[t] >= 0) continue
    findTitleBeforeBody(ctx, mentions, t)
    findPluralTitledPersons(ctx, mentions, t)
    findPronounTitledPerson(ctx, mentions, t)
    findListedPerson(ctx, mentions, t)
    findEnvoy(ctx, mentions, t)
    findRulerOfPlace(ctx, mentions, t)
    findTitleOfField(ctx, mentions, t)
    findSpeakerInCommas(ctx, mentions, t)
    findNickname(ctx, mentions, t)
    findNationalTeamByNationality(ctx, mentions, t)
    findQuotedOutlet(ctx, mentions, t)
    findQuotedName(ctx, mentions, t)
    findQuotedPlace(ctx, mentions, t)
  }
  extendMinistryFields(ctx, mentions)
}
