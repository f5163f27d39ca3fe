import { ARTICLE_ORGANIZATIONS } from '../lists/known-organizations.ts'
import { phraseKeys } from '../tagger/gazetteer.ts'

/**
 * The organisations whose names `qari tag`'s model reads as phrase marks (a word begins or continues a listed organisation),
 * keyed as the phrase indexes key them (phraseKeys), to be captured in the model file (`organizations`,
 * model-codec.ts) so that a list edited later changes no shipped model's features.
 *
 * A model without them reads KNOWN_ORGANIZATIONS (427 names, the list the first models were trained with). These are every
 * organisation the article rules know (ARTICLE_ORGANIZATIONS, some 9,500: parties, bodies, companies, clubs, outlets,
 * written from general knowledge since session 10). Session 68 (docs/names-experiments.md): with the session's persons,
 * `qari tag`'s cross-validation 0.800 → 0.806 and 0.798 → 0.801 on the two seeds, ORG recall 0.584 → 0.605. The reader's
 * model does not take them: session 66 measured the same marks there and the never-read sets lost 39 names.
 */
export function featureOrganizations(): string[] {
  return phraseKeys(ARTICLE_ORGANIZATIONS).sort()
}
