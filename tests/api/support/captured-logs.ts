// A pino logger that writes into memory, so a test can read what the server logged (and what it must never log).
import { Writable } from 'node:stream'
import pino, { type Logger } from 'pino'

export interface CapturedLogs {
  logger: Logger
  /** Everything logged so far, as the JSON lines pino wrote. */
  text(): string
}

export function captureLogs(level = 'info'): CapturedLogs {
  let text = ''
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8')
      done()
    },
  })
  return {
    logger: pino({ level }, sink),
    text: () => text,
  }
}
