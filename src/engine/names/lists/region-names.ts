/**
 * Country and territory names in Arabic from CLDR, through `Intl.DisplayNames` (Node 20 ships full ICU).
 * Called by the training script only: the names it returns are written into the model file, so the
 * tagger in a browser sees exactly the list it was trained with, whatever ICU that browser carries.
 */

const PATTERNS = {
  /** CLDR adds a gloss in parentheses ("ميانمار (بورما)"): both halves are names. */
  gloss: /\s*\(([^)]*)\)\s*/u,
} as const

const ASCII_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

export function arabicRegionNames(): string[] {
  const display = new Intl.DisplayNames('ar', { type: 'region', fallback: 'code' })
  const names = new Set<string>()
  for (const first of ASCII_UPPER) {
    for (const second of ASCII_UPPER) {
      const code = first + second
      let name: string | undefined
      try {
        name = display.of(code)
      } catch {
        continue
      }
      if (!name || name === code) continue
      const gloss = PATTERNS.gloss.exec(name)
      if (gloss) {
        names.add(name.replace(PATTERNS.gloss, ' ').trim())
        names.add(gloss[1].trim())
      } else {
        names.add(name)
      }
    }
  }
  return [...names].sort()
}
