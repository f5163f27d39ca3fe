// Assertions and polling for the end-to-end suites.
export function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`)
}

export async function waitFor(fn, { timeout = 10000, interval = 100, message = 'condition' } = {}) {
  const until = Date.now() + timeout
  let last
  while (Date.now() < until) {
    try {
      last = await fn()
      if (last) return last
    } catch (error) {
      last = error
    }
    await new Promise((r) => setTimeout(r, interval))
  }
  throw new Error(`timed out waiting for ${message} (last: ${String(last)})`)
}
