/**
 * A sign-up form's box: a form asking for an e-mail address, with the lines around it that name the newsletter and say
 * what it brings ("نشرة العين الإخبارية", "سجّل بريدك الإلكتروني ليصلك موجز الأخبار الأهم صباح كل يوم"). Found by its
 * structure, so a box no class names ("div.nl-embed") and no phrase list knows goes too.
 */

/** The most text a sign-up box holds besides its form: a name and a line or two. */
const MAX_BOX_CHARS = 250
/** How far up the box may sit above its form (form → wrapper → box). */
const MAX_LEVELS = 3

/** The highest of the form's nearest ancestors that hold no more than a sign-up box's text, or undefined when the form asks for no e-mail. */
export function signUpBoxOf(form: Element): Element | undefined {
  // (Not a page wrapped in one form, ASP.NET WebForms' form#aspnetForm: a sign-up form holds a line of text or two.)
  if ((form.textContent ?? '').trim().length > MAX_BOX_CHARS || !form.querySelector('input[type="email" i]')) return undefined
  let box: Element = form
  let up = form.parentElement
  for (let level = 0; up && level < MAX_LEVELS; level++, up = up.parentElement) {
    const tag = up.localName.toLowerCase()
    if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') break
    if ((up.textContent ?? '').trim().length > MAX_BOX_CHARS) break
    box = up
  }
  return box
}
