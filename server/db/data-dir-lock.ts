// One server process per embedded data directory: a lock file with the owner's pid, taken with O_EXCL, refused while
// that process lives (a second PGlite on the same files can corrupt them), taken over when it is gone.
import fs from 'node:fs'
import path from 'node:path'

export interface DataDirClaim {
  release(): void
}

export const LOCK_FILE = 'server.pid'

const inUse = (dir: string, pid: number | null) =>
  `DATA_DIR ${dir} 正被另一个服务器进程使用${pid ? `（pid ${pid}）` : ''}：内置数据库只能由一个进程打开。` +
  '要运行多个进程，请设置 DATABASE_URL 使用 PostgreSQL 服务器。'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function claimDataDir(dir: string): DataDirClaim {
  const file = path.join(dir, LOCK_FILE)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 })
      let released = false
      return {
        release() {
          if (released) return
          released = true
          fs.rmSync(file, { force: true })
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number.parseInt(fs.readFileSync(file, 'utf8'), 10)
      if (Number.isInteger(owner) && owner !== process.pid && alive(owner)) {
        throw new Error(inUse(dir, owner))
      }
      fs.rmSync(file, { force: true }) // left by a process that is gone
    }
  }
  throw new Error(inUse(dir, null))
}
