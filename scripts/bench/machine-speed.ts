/**
 * A fixed piece of CPU work, timed. The same build benched on this shared 2-core machine gave reopened
 * readers from 102 to 137 ms (six runs on 2026-11-29), fastest right after the machine had been idle, as
 * a burstable virtual machine does when its credit runs out. Timed at the bench's start and end, this says
 * which kind of run a table comes from: the same work takes longer on a slowed machine.
 */
export function machineSpeedMs(): number {
  const times: number[] = []
  for (let run = 0; run < 7; run++) {
    const start = performance.now()
    fixedWork()
    times.push(performance.now() - start)
  }
  // The first runs warm the JIT up; the median of the rest is the machine's speed.
  const warm = times.slice(2).sort((a, b) => a - b)
  return warm[Math.floor(warm.length / 2)]!
}

/** Integer hashing, floating point and Map traffic, like the engine's own hot loops. */
function fixedWork(): number {
  const counts = new Map<number, number>()
  let state = 2463534242
  let sum = 0
  for (let i = 0; i < 2_000_000; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    const key = state & 4095
    counts.set(key, (counts.get(key) ?? 0) + 1)
    sum += Math.sqrt(key + 1)
  }
  return sum + counts.size
}
