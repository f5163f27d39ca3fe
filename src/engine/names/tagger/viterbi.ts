import { isAllowedTransition } from './labels.ts'
import { SLOT_BYTES, SLOT_INTS, type PackedWeights } from './names-model.ts'
import type { SentenceFeatures } from './word-features.ts'

/** A transition IOB2 forbids (O → I-PERS, B-LOC → I-ORG) scores this much, so Viterbi never takes it. */
const FORBIDDEN = -1e9

/** Adds FORBIDDEN to transitions IOB2 rules out; row L is the sentence start. */
export function transitionMask(labels: readonly string[]): Float32Array {
  const L = labels.length
  const mask = new Float32Array((L + 1) * L)
  for (let prev = 0; prev <= L; prev++) {
    for (let next = 0; next < L; next++) {
      if (!isAllowedTransition(prev === L ? null : labels[prev], labels[next])) mask[prev * L + next] = FORBIDDEN
    }
  }
  return mask
}

/** Emission scores of every token and label: the sum of the weights of the token's features. */
export function scoreEmissions(
  features: SentenceFeatures,
  weights: Float32Array | Int8Array,
  L: number,
  scale = 1,
): Float32Array {
  const n = features.offsets.length - 1
  const scores = new Float32Array(n * L)
  const { offsets, ids } = features
  for (let t = 0; t < n; t++) {
    const row = t * L
    for (let f = offsets[t]; f < offsets[t + 1]; f++) {
      const base = ids[f] * L
      for (let y = 0; y < L; y++) scores[row + y] += weights[base + y]
    }
  }
  if (scale !== 1) for (let i = 0; i < scores.length; i++) scores[i] *= scale
  return scores
}

const presence = new WeakMap<PackedWeights, Int32Array>()

/**
 * One bit per feature bucket id, set when the packed table holds the bucket. Most buckets are empty (a
 * pruned model keeps ~40k of 2^20) and a third of a sentence's two-word features miss the table; the
 * 128 KB bitmap stays in the CPU cache, where the 4 MB table does not, so an absent feature costs no
 * memory round trip.
 */
export function presenceOf(packed: PackedWeights): Int32Array {
  let bits = packed.present ?? presence.get(packed)
  if (bits) return bits
  let largest = 0
  for (let slot = 0; slot <= packed.slotMask; slot++) largest = Math.max(largest, packed.keys[slot * SLOT_INTS])
  // Sized for every id a 2^20 table can produce, so no lookup reads past the end.
  bits = new Int32Array(Math.max(largest >>> 5, (1 << 20) >>> 5) + 1)
  for (let slot = 0; slot <= packed.slotMask; slot++) {
    const key = packed.keys[slot * SLOT_INTS]
    if (key !== 0) bits[(key - 1) >>> 5] |= 1 << ((key - 1) & 31)
  }
  presence.set(packed, bits)
  return bits
}

/**
 * Adds the packed weights of every token's features into `outs[k]` for the pass at byte offset
 * `offsets[k]` (unscaled): one probe per feature serves every pass asked for. An absent bucket adds 0.
 */
export function accumulatePacked(
  features: SentenceFeatures,
  packed: PackedWeights,
  L: number,
  offsets: readonly number[],
  outs: readonly Float32Array[],
): void {
  const n = features.offsets.length - 1
  const { offsets: starts, ids } = features
  const { keys, values, slotMask } = packed
  const present = presenceOf(packed)
  const passes = offsets.length
  for (let t = 0; t < n; t++) {
    const row = t * L
    for (let f = starts[t]; f < starts[t + 1]; f++) {
      const id = ids[f]
      if ((present[id >>> 5] & (1 << (id & 31))) === 0) continue
      const key = id + 1
      let slot = ids[f] & slotMask
      for (;;) {
        const found = keys[slot * SLOT_INTS]
        if (found === 0) break
        if (found === key) {
          for (let k = 0; k < passes; k++) {
            const base = slot * SLOT_BYTES + offsets[k]
            const out = outs[k]
            for (let y = 0; y < L; y++) out[row + y] += values[base + y]
          }
          break
        }
        slot = (slot + 1) & slotMask
      }
    }
  }
}

/** Emission scores of one pass from packed weights. */
export function scorePackedEmissions(features: SentenceFeatures, packed: PackedWeights, L: number, scale: number, offset = 4): Float32Array {
  const scores = new Float32Array((features.offsets.length - 1) * L)
  accumulatePacked(features, packed, L, [offset], [scores])
  for (let i = 0; i < scores.length; i++) scores[i] *= scale
  return scores
}

const masked = new WeakMap<Float32Array, { mask: Float32Array; trans: Float64Array }>()

/** Transition scores with the IOB2 mask folded in, kept per transition table (training mutates its
 *  table in place, so a cached entry is reused only for the same mask and refreshed when values move). */
function maskedTransitions(transitions: Float32Array, mask: Float32Array): Float64Array {
  let entry = masked.get(transitions)
  if (!entry || entry.mask !== mask) masked.set(transitions, (entry = { mask, trans: new Float64Array(transitions.length) }))
  const trans = entry.trans
  for (let i = 0; i < trans.length; i++) trans[i] = transitions[i] + mask[i]
  return trans
}

/**
 * For each label, the previous labels IOB2 allows before it (row L of the mask, the sentence start, is
 * not included), from the mask: Viterbi skips the forbidden ones. A forbidden predecessor can never win:
 * every label has an allowed one (B-X and O may follow anything, I-X follows B-X) whose score differs
 * from the others' by a few hundred at most, against FORBIDDEN's −1e9; so the best path, ties included,
 * is the one the full loop finds.
 */
interface AllowedPrevious {
  /** `list[starts[y] .. starts[y + 1])` are the allowed previous labels of y, in increasing order. */
  starts: Int32Array
  list: Int32Array
}

const allowedCache = new WeakMap<Float32Array, AllowedPrevious>()

function allowedPrevious(mask: Float32Array, L: number): AllowedPrevious {
  let allowed = allowedCache.get(mask)
  if (allowed && allowed.starts.length === L + 1) return allowed
  const starts = new Int32Array(L + 1)
  const list: number[] = []
  for (let y = 0; y < L; y++) {
    starts[y] = list.length
    for (let p = 0; p < L; p++) if (mask[p * L + y] === 0) list.push(p)
    // A label nothing may precede (not so under IOB2): all previous labels compete, as without the skip.
    if (list.length === starts[y]) for (let p = 0; p < L; p++) list.push(p)
  }
  starts[L] = list.length
  allowed = { starts, list: Int32Array.from(list) }
  allowedCache.set(mask, allowed)
  return allowed
}

/** Scratch tables reused across calls (grown as needed): one sentence at a time. */
let scoreBuffer = new Float64Array(0)
let backBuffer = new Int32Array(0)

/** Best label sequence under emissions + transitions + the IOB2 mask. */
export function viterbi(emissions: Float32Array, transitions: Float32Array, mask: Float32Array, L: number): Int32Array {
  const n = emissions.length / L
  const best = new Int32Array(n)
  if (n === 0) return best
  const trans = maskedTransitions(transitions, mask)
  const { starts, list } = allowedPrevious(mask, L)
  if (scoreBuffer.length < n * L) {
    scoreBuffer = new Float64Array(Math.max(n * L, scoreBuffer.length * 2))
    backBuffer = new Int32Array(scoreBuffer.length)
  }
  const score = scoreBuffer
  const back = backBuffer
  for (let y = 0; y < L; y++) score[y] = emissions[y] + trans[L * L + y]
  for (let t = 1; t < n; t++) {
    const previous = (t - 1) * L
    const row = t * L
    for (let y = 0; y < L; y++) {
      let top = -Infinity
      let arg = 0
      for (let i = starts[y]; i < starts[y + 1]; i++) {
        const p = list[i]
        const s = score[previous + p] + trans[p * L + y]
        if (s > top) {
          top = s
          arg = p
        }
      }
      score[row + y] = top + emissions[row + y]
      back[row + y] = arg
    }
  }
  let top = -Infinity
  for (let y = 0; y < L; y++) {
    if (score[(n - 1) * L + y] > top) {
      top = score[(n - 1) * L + y]
      best[n - 1] = y
    }
  }
  for (let t = n - 1; t > 0; t--) best[t - 1] = back[t * L + best[t]]
  return best
}
