// @vitest-environment node
import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
// The e2e fixture server (plain JavaScript, shared by the e2e suites and the bench).
// @ts-expect-error -- an untyped .mjs module
import { startServer } from '../e2e/server.mjs'

interface Started {
  port: number
  seen: string[]
  close: () => Promise<void>
}

let started: Started | undefined
afterEach(async () => {
  await started?.close()
  started = undefined
})

/** Sends a CONNECT, waits for the refusal, then resets the connection (a TCP RST, as a browser may). */
function connectThenReset(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'))
    socket.once('data', (data) => {
      socket.resetAndDestroy()
      resolve(String(data))
    })
    socket.once('error', reject)
  })
}

describe('the e2e fixture server', () => {
  it('refuses a CONNECT and survives the client resetting the connection', async () => {
    started = (await startServer()) as Started
    const uncaught: unknown[] = []
    const onUncaught = (error: unknown) => uncaught.push(error)
    process.on('uncaughtException', onUncaught)
    try {
      const reply = await connectThenReset(started.port)
      expect(reply).toContain('403')
      // Give the server's side of the socket time to see the reset.
      await new Promise((r) => setTimeout(r, 100))
    } finally {
      process.off('uncaughtException', onUncaught)
    }
    expect(uncaught).toEqual([])
    expect(started.seen).toContain('CONNECT example.com:443')
    const page = await fetch(`http://127.0.0.1:${started.port}/news/2023/10/27/kremlin-hamas-delegation/`)
    expect(page.status).toBe(200)
  })
})
