/**
 * `qari`: the engine on saved files, for people and for the evaluations (DESIGN.md §5).
 */
import { readFile } from 'node:fs/promises'
import type { CliCommand, CliIo } from './io.ts'
import { extractCommand } from './commands/extract.ts'
import { readCommand } from './commands/read.ts'
import { analyzeCommand } from './commands/analyze.ts'
import { figuresCommand } from './commands/figures.ts'
import { tagCommand } from './commands/tag.ts'
import { summarizeCommand } from './commands/summarize.ts'

const COMMANDS: Record<string, { run: CliCommand; usage: string }> = {
  read: { run: readCommand, usage: 'qari read [--url URL] FILE.html' },
  extract: { run: extractCommand, usage: 'qari extract --json [--url URL] FILE.html' },
  analyze: { run: analyzeCommand, usage: 'qari analyze --json [--url URL] FILE.html' },
  figures: { run: figuresCommand, usage: 'qari figures --jsonl  (JSON lines {"text": "…"} on stdin)' },
  tag: { run: tagCommand, usage: 'qari tag FILE.conll' },
  summarize: { run: summarizeCommand, usage: 'qari summarize --json FILE.txt' },
}

function usage(): string {
  return ['usage:', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n')
}

const io: CliIo = {
  async readStdin() {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  readFile: (path) => readFile(path, 'utf8'),
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h') {
    io.out(usage())
    return name ? 0 : 2
  }
  const command = COMMANDS[name]
  if (!command) {
    io.err(`qari: unknown command '${name}'\n${usage()}`)
    return 2
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    io.err(`qari ${name}: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

// `qari read page.html | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
