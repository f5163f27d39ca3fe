/**
 * Jumps to an element in the article and flashes it, and moves focus there so keyboard and screen-reader
 * users land where sighted users look. Smooth scrolling only when the reader has not asked for less motion.
 */
const FLASH_MS = 1600

export function flashElement(el: HTMLElement): void {
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
  el.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' })
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
  el.focus({ preventScroll: true })
  el.classList.remove('flash')
  // Restart the animation when the same element is flashed twice in a row.
  void el.offsetWidth
  el.classList.add('flash')
  setTimeout(() => el.classList.remove('flash'), FLASH_MS)
}

export function flashById(id: string): boolean {
  const el = document.getElementById(id)
  if (!el) return false
  flashElement(el)
  return true
}
