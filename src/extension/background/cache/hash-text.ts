/**
 * A fast, stable, non-cryptographic hash of an article's text: the cache checks it to notice a changed
 * article. cyrb53 (two 32-bit multiply-xor lanes mixed into 53 bits) runs on plain code units, so it
 * needs no TextEncoder or crypto.subtle and gives the same value in the page, the worker and Node.
 * The length is appended so that a collision would also need an equal length.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0)
  return `${hash.toString(16).padStart(14, '0')}-${text.length.toString(16)}`
}
