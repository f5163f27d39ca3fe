/**
 * Choosing a summary by how well it matches the summary a reader would likely make, rather than by its
 * sentences' scores one by one. Each candidate's chance of being picked (the learned scorer's odds,
 * summary-model.ts) weighs its terms into an expected reference: the words a reader's summary is likely to
 * hold, and how many words it likely has. The summary grows greedily by the candidate that most raises the
 * F1 overlap of its terms with that expected reference, each term's count clipped to the reference's.
 *
 * Why: taking the likeliest sentences one by one (MMR, select-sentences.ts) weighs every sentence alone;
 * here a sentence counts by the likely words it adds that the summary does not hold yet, so a restatement
 * adds almost nothing (redundancy is the clipping), a long sentence of likely words beats a short one, and
 * a long sentence of unlikely ones loses. On EASC, with the model trained without the article scored, this
 * choice from the learned model's odds (and an amount kept, keep-an-amount.ts) reads +3.0 / +2.3 / +1.4 ROUGE-1
 * over the lead at 3 / 4 / 5 sentences, where MMR on the same odds read +0.2 / +0.9 / +0.2 (docs/history.md,
 * Summaries).
 */

/**
 * The expected reference's length as a share of the probability-weighted length of the candidates: below 1,
 * a summary dense in likely words beats a long one. Chosen on EASC among 0.5–1: npm run eval:summary prints the
 * choice made without each article. Session 29 shipped 0.7 (71 of 76 chose it, 5 chose 0.8); with session 60's names every
 * article chooses 0.8, which held out reads +2.9 / +2.3 / +1.4 at 3 / 4 / 5 sentences against 0.7's +2.7 / +1.9 / +1.2
 * (halves +2.8 / +2.1 / +1.3 against +2.4 / +1.7 / +0.8), the seed page's summary the same.
 */
export const REFERENCE_SCALE = 0.8

/** What the choice reads per candidate sentence, in article order. */
export interface OverlapCandidate {
  /** Its chance of being picked, in (0, 1). */
  probability: number
  /** Its content terms and their counts (sentence-terms.ts). */
  counts: ReadonlyMap<string, number>
  /** Its length in words, function words included. */
  length: number
}

/**
 * The indices of `count` candidates (ascending), chosen greedily to maximise the F1 overlap with the expected
 * reference. `referenceScale` scales the expected reference's length (below 1: a shorter reference is
 * expected, which favours sentences dense in likely words over long ones). Ties go to the earlier candidate.
 * A candidate marked in `needsPrevious` (needs-sentence-before.ts) is chosen only once the candidate before it is,
 * unless nothing else is left.
 */
export function selectByExpectedOverlap(candidates: readonly OverlapCandidate[], count: number, referenceScale = 1, needsPrevious?: readonly boolean[]): number[] {
  const expected = new Map<string, number>()
  let referenceLength = 0
  for (const { probability, counts, length } of candidates) {
    for (const [term, n] of counts) expected.set(term, (expected.get(term) ?? 0) + probability * n)
    referenceLength += probability * length
  }
  referenceLength *= referenceScale
  const chosen: number[] = []
  const taken = new Uint8Array(candidates.length)
  const summary = new Map<string, number>()
  let matched = 0
  let length = 0
  /** The candidate that raises the F1 most among those `allowed`, and what it adds to the match; -1 when none is. */
  const bestNext = (allowed: (c: number) => boolean): { best: number; gain: number } => {
    let best = -1
    let bestF1 = -1
    let bestGain = 0
    for (let c = 0; c < candidates.length; c++) {
      if (taken[c] || !allowed(c)) continue
      // What the candidate adds to the clipped match: per term, min(held + n, expected) − min(held, expected).
      let gain = 0
      for (const [term, n] of candidates[c].counts) {
        const cap = expected.get(term) ?? 0
        const held = summary.get(term) ?? 0
        gain += Math.min(held + n, cap) - Math.min(held, cap)
      }
      const words = length + candidates[c].length
      const f1 = words + referenceLength > 0 ? (2 * (matched + gain)) / (words + referenceLength) : 0
      if (f1 > bestF1) {
        bestF1 = f1
        best = c
        bestGain = gain
      }
    }
    return { best, gain: bestGain }
  }
  const standsHere = (c: number) => !needsPrevious?.[c] || (c > 0 && taken[c - 1] === 1)
  const wanted = Math.min(count, candidates.length)
  while (chosen.length < wanted) {
    let next = bestNext(standsHere)
    if (next.best < 0) next = bestNext(() => true)
    const { best, gain } = next
    taken[best] = 1
    chosen.push(best)
    matched += gain
    length += candidates[best].length
    for (const [term, n] of candidates[best].counts) summary.set(term, (summary.get(term) ?? 0) + n)
  }
  return chosen
}
