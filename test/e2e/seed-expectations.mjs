// What the reader must show for the seed page, read from the fixture's hand-written truth.
import fs from 'node:fs'

const truth = JSON.parse(fs.readFileSync('test/fixtures/pages/seed-wordpress/truth.json', 'utf8'))

export const SEED = {
  title: truth.title,
  firstParagraph: truth.body[0],
  lastParagraph: truth.body[truth.body.length - 1],
  clutter: ['اترك تعليقاً', 'مقالات ذات صلة', 'زر الذهاب إلى الأعلى'],
}

/** Returns the problems with a reader's text for the seed page (empty when right). */
export function seedProblems(title, bodyText) {
  const problems = []
  if (title.trim() !== SEED.title) problems.push(`title is "${title.trim()}"`)
  if (!bodyText.includes(SEED.firstParagraph)) problems.push('first paragraph missing')
  if (!bodyText.includes(SEED.lastParagraph)) problems.push('last paragraph missing')
  for (const phrase of SEED.clutter) if (bodyText.includes(phrase)) problems.push(`clutter "${phrase}" present`)
  return problems
}
