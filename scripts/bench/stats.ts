import { performance } from 'node:perf_hooks'

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (!finite.length) return Number.NaN
  const mid = finite.length >> 1
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2
}

/**
 * Runs `fn` once and returns its value with the wall time and the process's CPU time, in milliseconds.
 * On a shared machine the wall time includes the moments other processes held the cores; the CPU time
 * (user + system, this process) does not, so it is what the wall time would be on an idle machine, give
 * or take the garbage collector's helper threads (whose work counts: it is ours).
 */
export function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const value = fn()
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { value, ms, cpuMs: (used.user + used.system) / 1000 }
}

/** Milliseconds with precision that suits their size: 0.042, 1.37, 12.4, 340. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–'
  if (ms < 1) return ms.toFixed(3)
  if (ms < 10) return ms.toFixed(2)
  if (ms < 100) return ms.toFixed(1)
  return ms.toFixed(0)
}

export function formatKb(bytes: number): string {
  return Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : '–'
}

/** Thousands grouped with a thin comma, for throughputs (123,456). */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–'
}
