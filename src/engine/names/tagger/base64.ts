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

/**
 * Four characters to three bytes at a time (the model's 2.4 MB of base64 in ~6 ms; a character at a
 * time took twice that). atob is not used: Node's is slower than this loop.
 */
export function fromBase64(text: string): Uint8Array {
  let length = text.length
  while (length > 0 && text.charCodeAt(length - 1) === 61) length-- // '='
  if (length % 4 === 1) throw new Error('bad base64')
  const bytes = new Uint8Array(Math.floor((length * 3) / 4))
  const sextet = (i: number) => {
    const code = text.charCodeAt(i)
    const value = code < 128 ? BASE64_INDEX[code] : -1
    if (value < 0) throw new Error('bad base64')
    return value
  }
  const whole = length - (length % 4)
  let out = 0
  for (let i = 0; i < whole; i += 4) {
    const triple = (sextet(i) << 18) | (sextet(i + 1) << 12) | (sextet(i + 2) << 6) | sextet(i + 3)
    bytes[out++] = triple >>> 16
    bytes[out++] = (triple >>> 8) & 255
    bytes[out++] = triple & 255
  }
  if (length > whole) {
    let triple = 0
    for (let k = 0; k < length - whole; k++) triple |= sextet(whole + k) << (18 - 6 * k)
    bytes[out++] = triple >>> 16
    if (length - whole === 3) bytes[out++] = (triple >>> 8) & 255
  }
  return bytes
}
