import type { CliIo } from '../../src/cli/io.ts'

/** A CliIo over in-memory files ('-' is stdin) that records what a command prints. */
export function fakeIo(files: Record<string, string>) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    readStdin: async () => files['-'] ?? '',
    readFile: async (path) => {
      if (!(path in files)) throw new Error('ENOENT')
      return files[path]
    },
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  }
  return { io, out, err }
}
