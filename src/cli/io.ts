/** What a CLI command may touch: its arguments, stdin, stdout and stderr. Commands return an exit code. */
export interface CliIo {
  readStdin(): Promise<string>
  readFile(path: string): Promise<string>
  out(text: string): void
  err(text: string): void
}

export type CliCommand = (args: string[], io: CliIo) => Promise<number>
