/**
 * Base64 without Buffer (the extension has none), for the names model's packed tables (weights,
 * cluster ids), which travel inside the model's JSON.
 */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_INDEX = new Int8Array(128).fill(-1)
for (let i = 0; i < BASE64.length; i++) BASE64_INDEX[BASE64.charCodeAt(i)] = i

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0
    const triple = (a << 16) | (b << 8) | c
    parts.push(
      BASE64[(triple >> 18) & 63] + BASE64[(triple >> 12) & 63] +
        (i + 1 < bytes.length ? BASE64[(triple >> 6) & 63] : '=') + (i + 2 < bytes.length ? BASE64[triple & 63] : '='),
    )
  }
  return parts.join('')
}

export function fromBase64(text: string): Uint8Array {
  let length = text.length
  while (length > 0 && text[length - 1] === '=') length--
  const bytes = new Uint8Array(Math.floor((length * 3) / 4))
  let buffer = 0
  let bits = 0
  let out = 0
  for (let i = 0; i < length; i++) {
    const value = BASE64_INDEX[text.charCodeAt(i)]
    if (value < 0) throw new Error('bad base64')
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[out++] = (buffer >> bits) & 255
    }
  }
  return bytes
}
