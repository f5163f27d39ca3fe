/**
 * Resolves once the browser has painted what is rendered now: the next animation frame, then a task.
 * A page that does not paint (a tab opened in the background) gets no frames: `maxWaitMs` bounds the wait.
 */
export function afterNextPaint(maxWaitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer)
        resolve()
      }, 0),
    )
  })
}
