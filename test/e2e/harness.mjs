// A minimal runner for the end-to-end suites: tests run in order in one browser; each prints a line,
// and the suite ends with the plain line CI reads: "e2e <browser>: N passed, M failed".
export function createSuite(name) {
  const tests = []
  return {
    test: (title, fn) => tests.push({ title, fn }),
    async run(context) {
      let passed = 0
      let failed = 0
      for (const { title, fn } of tests) {
        const started = Date.now()
        try {
          await fn(context)
          passed++
          console.log(`  ✓ ${title} (${Date.now() - started} ms)`)
        } catch (error) {
          failed++
          console.log(`  ✗ ${title} (${Date.now() - started} ms)\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`)
        }
      }
      return { name, passed, failed }
    },
  }
}

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
