/**
 * Hashes are int32 (`| 0`), not uint32: V8 keeps int32 values unboxed, while a uint32 above 2^31 becomes
 * a heap number on every load and call (that cost 3× in tagging speed). The bits, and so the feature ids
 * after masking, are the same either way.
 *
 * Feature hashing: a feature is a template id mixed with the hash of its value, folded into a fixed
 * table. No feature strings are stored, so the model carries weights only (and no list of the words it
 * saw in training), and lookups cost a multiply instead of a Map probe.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash | 0
}

/** Mixes two 32-bit values (murmur3's finaliser over a golden-ratio product): order matters. */
export function mixHash(a: number, b: number): number {
  let hash = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b)
  hash ^= hash >>> 15
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 13
  return hash | 0
}

/** FNV-1a over `text[start, end)`, equal to hashString(text.slice(start, end)) without the slice. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash | 0
}
