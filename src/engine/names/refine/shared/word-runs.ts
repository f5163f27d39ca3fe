// Shared by rule 7's rejoining (rejoin-split-names.ts) and its propagation (propagate-in-article.ts).

/** The runs of two to `longest` consecutive words of a name, longest first. */
export function wordRuns(words: readonly string[], longest: number): string[][] {
  const runs: string[][] = []
  for (let size = longest; size >= 2; size--) {
    for (let k = 0; k + size <= words.length; k++) runs.push(words.slice(k, k + size))
  }
  return runs
}
