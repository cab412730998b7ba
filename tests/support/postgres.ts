// A throwaway PostgreSQL server for tests: Debian's binaries, a cluster in a temporary directory, a free port, trust auth.
import { execFile, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Client } from 'pg'

/** What to run when the PostgreSQL binaries are missing; also the exact message of the error startPostgres throws. */
export const POSTGRES_INSTALL_COMMAND = 'apt-get update && apt-get install -y postgresql'
/** Debian installs each major version's binaries under /usr/lib/postgresql/<version>/bin. */
export const POSTGRES_LIB_DIR = '/usr/lib/postgresql'
/** The database startPostgres creates and its URL names. */
export const TEST_DATABASE_NAME = 'app_test'

export interface StartPostgresOptions {
  /** The directory holding initdb, pg_ctl and postgres; by default the highest version under POSTGRES_LIB_DIR. */
  binDir?: string
}

export interface RunningPostgres {
  /** postgres://postgres@127.0.0.1:PORT/app_test */
  url: string
  port: number
  /** The temporary directory: cluster in data/, socket, log in postgres.log. Removed by stop(). */
  dir: string
  /** Stops the server (pg_ctl stop -m fast) and removes the directory; calling it again does nothing. */
  stop(): Promise<void>
}

const hasBinaries = (binDir: string) =>
  ['initdb', 'pg_ctl', 'postgres'].every((name) => fs.existsSync(path.join(binDir, name)))

/** The bin directory of the highest installed PostgreSQL version; throws POSTGRES_INSTALL_COMMAND if there is none. */
export function findPostgresBinDir(libDir = POSTGRES_LIB_DIR): string {
  const versions = fs.existsSync(libDir)
    ? fs
        .readdirSync(libDir)
        .filter((v) => /^\d+(\.\d+)?$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : []
  const found = versions.map((v) => path.join(libDir, v, 'bin')).find(hasBinaries)
  if (!found) throw new Error(POSTGRES_INSTALL_COMMAND)
  return found
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const isRoot = () => process.getuid?.() === 0

interface Run {
  ok: boolean
  output: string
}

/** Runs a PostgreSQL binary as the current user, or as `postgres` via runuser when we are root (initdb refuses root). */
function runBinary(file: string, args: string[], cwd: string): Promise<Run> {
  const [command, commandArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args]
  return new Promise((resolve) => {
    execFile(command, commandArgs, { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ ok: !error, output: `${stdout}${stderr}${error && !stderr ? String(error) : ''}`.trim() })
    })
  })
}

function logTail(logFile: string, lines = 20): string {
  try {
    return fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

async function query(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * Starts a PostgreSQL server in a new temporary directory on a free port of 127.0.0.1 (fsync on, trust auth, superuser
 * `postgres`) with an empty database app_test. Throws POSTGRES_INSTALL_COMMAND as the message if the binaries are
 * missing, and pg_ctl's log tail if the server does not start.
 */
export async function startPostgres(options: StartPostgresOptions = {}): Promise<RunningPostgres> {
  const binDir = options.binDir ?? findPostgresBinDir()
  if (!hasBinaries(binDir)) throw new Error(POSTGRES_INSTALL_COMMAND)
  const bin = (name: string) => path.join(binDir, name)

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-test-'))
  const dataDir = path.join(dir, 'data')
  const logFile = path.join(dir, 'postgres.log')
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true })
  try {
    if (isRoot()) {
      const chown = spawnSync('chown', ['postgres', dir], { encoding: 'utf8' })
      if (chown.status !== 0)
        throw new Error(`chown postgres ${dir} failed (is there a postgres user?): ${chown.stderr}`)
    }
    // --no-sync only for initdb's own files: the running server has fsync on.
    const init = await runBinary(
      bin('initdb'),
      ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'],
      dir,
    )
    if (!init.ok) throw new Error(`initdb failed in ${dataDir}:\n${init.output}`)

    // The port is free when asked but could be taken before postgres binds it; then try another one.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`
      const start = await runBinary(
        bin('pg_ctl'),
        ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start'],
        dir,
      )
      if (!start.ok) {
        const log = logTail(logFile)
        if (attempt < 3 && /could not bind|already in use/i.test(log)) continue
        throw new Error(`pg_ctl start failed (port ${port}):\n${start.output}\n--- ${logFile} ---\n${log}`)
      }
      return running(bin('pg_ctl'), dir, dataDir, logFile, port, removeDir)
    }
  } catch (error) {
    removeDir()
    throw error
  }
}

async function running(
  pgCtl: string,
  dir: string,
  dataDir: string,
  logFile: string,
  port: number,
  removeDir: () => void,
): Promise<RunningPostgres> {
  // If the process exits without stop() (a crash, a forgotten teardown), do not leave a server running.
  const onExit = () => {
    const args = ['-D', dataDir, 'stop', '-m', 'immediate']
    spawnSync(isRoot() ? 'runuser' : pgCtl, isRoot() ? ['-u', 'postgres', '--', pgCtl, ...args] : args, { cwd: dir })
    removeDir()
  }
  process.once('exit', onExit)

  let stopped: Promise<void> | undefined
  const stop = () =>
    (stopped ??= (async () => {
      process.removeListener('exit', onExit)
      let result = await runBinary(pgCtl, ['-D', dataDir, 'stop', '-m', 'fast', '-w', '-t', '30'], dir)
      if (!result.ok) result = await runBinary(pgCtl, ['-D', dataDir, 'stop', '-m', 'immediate', '-w'], dir)
      const log = logTail(logFile)
      removeDir()
      if (!result.ok) throw new Error(`pg_ctl stop failed:\n${result.output}\n--- ${logFile} ---\n${log}`)
    })())

  const url = `postgres://postgres@127.0.0.1:${port}/${TEST_DATABASE_NAME}`
  try {
    await query(url.replace(/\/[^/]+$/, '/postgres'), `CREATE DATABASE ${TEST_DATABASE_NAME}`)
  } catch (error) {
    await stop().catch(() => undefined)
    throw new Error(`could not create ${TEST_DATABASE_NAME} on port ${port}: ${(error as Error).message}`)
  }
  return { url, port, dir, stop }
}

/**
 * Creates an empty database `name` on the server of `url` (dropping one left by an earlier run) and returns its URL:
 * for a fresh database per test file, since test files run in parallel jest workers against one server.
 * `name` must be a plain lower-case identifier (see databaseName).
 */
export async function createDatabase(url: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain database name: ${JSON.stringify(name)}`)
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
  const target = new URL(url)
  target.pathname = `/${name}`
  return target.toString()
}

let databaseCount = 0
/** A database name unique to this process, readable in logs: e.g. databaseName('notices.test.ts') → t_notices_test_ts_4711_1. */
export function databaseName(label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
  return `t_${slug}_${process.pid}_${++databaseCount}`
}
