/**
 * A fact-check's rating furniture, which its site repeats on every check of the same verdict: the verdict's badge picture
 * (the ClaimReview's rating image, or a file named for a rating) and the legend of the site's whole rating scale ("صحيح، منقوص، عنوان مضلل، … زائف،
 * ساخر", Fatabyyano), a run of one- to three-word list items among which the verdict is one. The verdict line itself
 * ("التقييم: زائف") stays.
 */
import type { BlockPiece } from './build-blocks.ts'
import { normalizePhrase } from './clutter-rules.ts'
import { isSamePicture } from './same-picture.ts'

const PATTERNS = {
  /** A rating badge's file, named for the rating ("rating-half-true.width-300.png", Factnameh; "verdict-false.svg"). */
  badgeFile: /\/(?:rating|verdict)[-_][^/]*$/iu,
} as const

/** A scale has four grades or more, each named in three words at most. */
const MIN_GRADES = 4
const MAX_GRADE_WORDS = 3

export function dropVerdictFurniture(pieces: BlockPiece[], verdict: { name?: string; image?: string } | undefined): BlockPiece[] {
  if (!verdict) return pieces
  const badge = verdict.image
  const name = verdict.name ? normalizePhrase(verdict.name) : undefined
  const kept: BlockPiece[] = []
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!
    if (piece.kind === 'image' && piece.src && ((badge && isSamePicture(piece.src, badge)) || PATTERNS.badgeFile.test(piece.src))) continue
    if (piece.kind === 'list-item' && name) {
      let end = i
      while (end < pieces.length && pieces[end]!.kind === 'list-item' && isGrade(pieces[end]!.text)) end++
      const run = pieces.slice(i, end)
      if (run.length >= MIN_GRADES && run.some((grade) => normalizePhrase(grade.text ?? '') === name)) {
        i = end - 1
        continue
      }
    }
    kept.push(piece)
  }
  return kept
}

function isGrade(text: string | undefined): boolean {
  const words = (text ?? '').trim().split(/\s+/u)
  return words.length > 0 && words.length <= MAX_GRADE_WORDS && words[0] !== ''
}
