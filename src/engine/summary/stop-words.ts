import { lightStem } from './light-stem.ts'

/**
 * Arabic function words (normalised spelling): prepositions, conjunctions, particles, pronouns,
 * demonstratives, relatives and the reporting verbs every news sentence carries (قال، اضاف). They say
 * nothing about what an article is about, so they stay out of the sentence vectors: without them a
 * long sentence full of "في" and "الى" looked central. Written by hand for the project.
 */
const PATTERNS = {
  space: /\s+/u,
} as const

const WORDS = `
في من الى علي عن مع حتي منذ لدي عند بين خلال ضد نحو حول دون بعد قبل فوق تحت امام وراء عبر لدى
و ف ثم او ام بل لكن لكنه غير سوي الا اما اذا اذ لو لولا كي لان ان انه انها انهم قد لقد لم لن لا ما ليس ليست
هذا هذه هذان هاتان هؤلاء ذلك تلك اولئك هنا هناك الذي التي الذين اللذان اللتان اللواتي اللاتي
هو هي هم هما هن انا نحن انت انتم اي كل بعض جميع كافه عده احد ايضا كما كذلك حيث بينما عندما كيف لماذا متي
كان كانت كانوا يكون تكون قال قالت يقول تقول اضاف اضافت وقال وقالت اكد اكدت اشار اشارت
`

export const STOP_STEMS: ReadonlySet<string> = new Set(
  WORDS.split(PATTERNS.space)
    .filter(Boolean)
    .map((word) => lightStem(word)),
)
