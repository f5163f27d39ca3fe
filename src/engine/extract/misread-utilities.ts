/**
 * Utility class names that Readability misreads as a box's purpose. Its list of unlikely names holds "extra" (for
 * "extra content" boxes), which Tailwind's weight utilities carry: a `<summary class="… font-extrabold …">` over an
 * article's timeline was dropped with its label (Safa's "محطات المشروع"), and so would a bold subheading or lead.
 */

const PATTERNS = {
  /** "font-extrabold", "md:font-extralight". */
  weight: /^(?:[\w-]+:)*font-extra(?:bold|light)$/u,
} as const

/** The class without the names Readability misreads, or null when it has none. */
export function withoutMisreadUtilities(className: string): string | null {
  if (!className.includes('font-extra')) return null
  return className.split(/\s+/u).filter((name) => !PATTERNS.weight.test(name)).join(' ')
}
