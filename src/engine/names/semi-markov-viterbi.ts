/**
 * Semi-Markov Viterbi (Sarawagi & Cohen 2004) over the token tagger's scores plus whole-span scores: the
 * sentence is cut into segments, each an O token or a name of one type and 1…maxLength words. A name
 * [s, e] of type X scores what the token path B-X I-X … I-X scores (emissions and transitions) plus
 * `ends[e]` and `spans[e, length]` in the B-X column (span-features.ts). With those two at zero it finds
 * the same path as viterbi() (names of at most maxLength words), so span scores can only add.
 *
 * Labels must be O then B-X, I-X pairs (labels.ts). Returns label indices, one per token.
 */
export interface SegmentScores {
  maxLength: number
  /** `ends[e * L + label]`: every span ending at token e. */
  ends: Float32Array
  /** `spans[(e * maxLength + length − 1) * L + label]`. */
  spans: Float32Array
}

let scoreBuffer = new Float64Array(0)
let startBuffer = new Int32Array(0)
let previousBuffer = new Int32Array(0)

export function semiMarkovViterbi(
  emissions: Float32Array,
  transitions: Float32Array,
  _mask: Float32Array,
  L: number,
  scores: SegmentScores,
): Int32Array {
  const n = emissions.length / L
  const best = new Int32Array(n)
  if (n === 0) return best
  const { maxLength, ends, spans } = scores
  const types = (L - 1) >> 1
  if (scoreBuffer.length < n * L) {
    scoreBuffer = new Float64Array(Math.max(n * L, scoreBuffer.length * 2))
    startBuffer = new Int32Array(scoreBuffer.length)
    previousBuffer = new Int32Array(scoreBuffer.length)
  }
  // score[e * L + y]: best prefix [0, e] whose last token has label y; start / previous: where that
  // last segment starts and the label before it (L at the sentence start).
  const score = scoreBuffer
  const start = startBuffer
  const previous = previousBuffer
  // Running sums of I-X emissions per type: the inside of a span in O(1).
  const inner = new Float64Array((n + 1) * types)
  for (let t = 0; t < n; t++) for (let k = 0; k < types; k++) inner[(t + 1) * types + k] = inner[t * types + k] + emissions[t * L + 2 + 2 * k]
  // The best way into a segment starting at token e with label y (O or B-X), reused by every span
  // starting there: its score and the label before it.
  const intoScore = new Float64Array(n * L)
  const intoFrom = new Int32Array(n * L)
  for (let e = 0; e < n; e++) {
    const row = e * L
    for (let y = 0; y < L; y++) score[row + y] = -Infinity
    for (let y = 0; y < L; y += y === 0 ? 1 : 2) {
      // O and B-X may follow any label (the mask's rows for them are 0).
      let top = -Infinity
      let arg = L
      if (e === 0) top = transitions[L * L + y]
      else {
        for (let p = 0; p < L; p++) {
          const v = score[row - L + p] + transitions[p * L + y]
          if (v > top) {
            top = v
            arg = p
          }
        }
      }
      intoScore[row + y] = top
      intoFrom[row + y] = arg
    }
    score[row] = intoScore[row] + emissions[row]
    start[row] = e
    previous[row] = intoFrom[row]
    for (let k = 0; k < types; k++) {
      const B = 1 + 2 * k
      const I = B + 1
      const stay = transitions[I * L + I]
      const enter = transitions[B * L + I]
      const end = ends[row + B]
      for (let length = 1; length <= maxLength && length <= e + 1; length++) {
        const s = e - length + 1
        let value = intoScore[s * L + B] + emissions[s * L + B] + end + spans[((e * maxLength) + length - 1) * L + B]
        if (length > 1) value += inner[(e + 1) * types + k] - inner[(s + 1) * types + k] + enter + (length - 2) * stay
        const y = length === 1 ? B : I
        if (value > score[row + y]) {
          score[row + y] = value
          start[row + y] = s
          previous[row + y] = intoFrom[s * L + B]
        }
      }
    }
  }
  let y = 0
  let top = -Infinity
  for (let label = 0; label < L; label++) {
    if (score[(n - 1) * L + label] > top) {
      top = score[(n - 1) * L + label]
      y = label
    }
  }
  let e = n - 1
  while (e >= 0) {
    const s = start[e * L + y]
    const p = previous[e * L + y]
    if (y === 0) best[e] = 0
    else {
      const B = y % 2 === 1 ? y : y - 1
      best[s] = B
      for (let t = s + 1; t <= e; t++) best[t] = B + 1
    }
    e = s - 1
    y = p
  }
  return best
}
