// Runs `npm run server`'s entry (server/main.ts) as a child process on a free port, for tests of what only a real
// process shows: two processes on one database, kill -9, SIGTERM, a start that is refused.
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { addWorker } from '../../../server/admin/workers'
import { openDatabase, type DatabaseTarget } from '../../../server/db/database'
import { ensureCommunity } from '../../../server/store/communities'
import { DEFAULT_COMMUNITY } from '../../../server/config'

const ROOT = path.resolve(__dirname, '..', '..', '..')

export interface ServerProcess {
  base: string
  child: ChildProcess
  /** Everything it printed so far (stdout and stderr). */
  output(): string
  /** Resolves with the exit code (or signal) when it ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  kill(signal?: NodeJS.Signals): void
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** Starts the server with `env` (on top of a quiet default) and waits until it answers, or until it exits. */
export async function spawnServer(env: Record<string, string>, { waitMs = 60_000 } = {}): Promise<ServerProcess> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let text = ''
  child.stdout?.on('data', (c: Buffer) => (text += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (text += c.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  const base = `http://127.0.0.1:${port}`
  const proc: ServerProcess = {
    base,
    child,
    output: () => text,
    exited,
    kill: (signal = 'SIGTERM') => child.kill(signal),
  }
  let ended = false
  void exited.then(() => (ended = true))
  const deadline = Date.now() + waitMs
  while (Date.now() < deadline && !ended) {
    try {
      if ((await fetch(`${base}/api/ready`)).ok) return proc
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  if (!ended) child.kill('SIGKILL')
  return proc
}

export const PROCESS_WORKER_PASSPHRASE = 'process-test-passphrase'

export interface InvitedWorker {
  login: string
  invite: string
  used: boolean
}

/** A worker invited through the admin module on `target`, before a server process opens it (one owner per folder). */
export async function inviteWorker(target: DatabaseTarget): Promise<InvitedWorker> {
  const database = await openDatabase(target)
  try {
    await ensureCommunity(database.db, DEFAULT_COMMUNITY)
    const added = await addWorker(database.db, { community: DEFAULT_COMMUNITY.id, name: '王社工' })
    return { login: added.login, invite: added.invite.code, used: false }
  } finally {
    await database.close()
  }
}

/** A worker token from the server at `base`: the first call uses the invite, later ones the account + passphrase. */
export async function signInWorker(base: string, worker: InvitedWorker): Promise<string> {
  const proof = worker.used ? { login: worker.login } : { invite: worker.invite }
  worker.used = true
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'worker', ...proof, passphrase: PROCESS_WORKER_PASSPHRASE }),
  })
  if (res.status !== 201) throw new Error(`worker sign-in failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}
