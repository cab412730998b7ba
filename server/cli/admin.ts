// `npm run admin -- worker add|list|revoke|reinvite …`: the admin's worker accounts on the server's database
// (DATABASE_URL or DATA_DIR, as the server). Exit 0 done, 1 refused (unknown id or community…), 2 wrong usage.
import { readConfig } from '../config'
import { openDatabase, type Database } from '../db/database'
import { DEFAULT_DATA_DIR } from '../server'
import { ensureCommunity } from '../store/communities'
import {
  AdminError,
  addWorker,
  formatInvite,
  formatList,
  listWorkers,
  reinviteWorker,
  revokeWorker,
} from '../admin/workers'

export const USAGE = [
  '用法 / usage:',
  '  npm run admin -- worker add --community <社区编号> --name <姓名>   新建账号，打印一次性邀请码（72 小时）',
  '  npm run admin -- worker list [--community <社区编号>]             列出账号',
  '  npm run admin -- worker revoke <编号或账号>                        停用账号，其登录立即失效',
  '  npm run admin -- worker reinvite <编号或账号>                      重新邀请（忘记口令、换手机），旧邀请作废',
].join('\n')

class UsageError extends Error {}

function options(args: string[]): { flags: Record<string, string>; rest: string[] } {
  const flags: Record<string, string> = {}
  const rest: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2)
      const value = inline ?? args[++i]
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${key} 缺少值`)
      flags[key] = value
    } else rest.push(arg)
  }
  return { flags, rest }
}

/** Runs one command; returns what to print. */
export async function runAdmin(database: Database, argv: string[], now = new Date()): Promise<string> {
  const [area, command, ...args] = argv
  if (area !== 'worker' || !command) throw new UsageError('')
  const { flags, rest } = options(args)
  const db = database.db
  switch (command) {
    case 'add': {
      if (!flags.community || !flags.name) throw new UsageError('worker add 需要 --community 和 --name')
      return formatInvite(await addWorker(db, { community: flags.community, name: flags.name }, now))
    }
    case 'list':
      return formatList(await listWorkers(db, { community: flags.community }), now)
    case 'revoke': {
      if (rest.length !== 1) throw new UsageError('worker revoke 需要一个账号编号')
      const w = await revokeWorker(db, rest[0], now)
      return `已停用：${w.name}（${w.id}）。这个账号的登录已全部失效。`
    }
    case 'reinvite': {
      if (rest.length !== 1) throw new UsageError('worker reinvite 需要一个账号编号')
      return `已重新邀请：旧的邀请码、口令和微信绑定都已作废，登录已失效。\n${formatInvite(await reinviteWorker(db, rest[0], now))}`
    }
    default:
      throw new UsageError(`不认识的命令：worker ${command}`)
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  if (argv[0] !== 'worker' || !argv[1]) {
    console.error(USAGE)
    process.exit(2)
  }
  let database: Database
  try {
    const config = readConfig(process.env, { dataDir: DEFAULT_DATA_DIR })
    database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir })
    // As the server does at start, so that an admin may invite before its first start.
    await ensureCommunity(database.db, config.community)
  } catch (error) {
    console.error(`无法打开数据库 / cannot open the database: ${(error as Error).message.replace(/\s+/g, ' ')}`)
    process.exit(1)
  }
  try {
    console.log(await runAdmin(database, argv))
    process.exitCode = 0
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message ? `${error.message}\n` : ''}${USAGE}`)
      process.exitCode = 2
    } else if (error instanceof AdminError) {
      console.error(error.message)
      process.exitCode = 1
    } else {
      console.error(`失败 / failed: ${(error as Error).message}`)
      process.exitCode = 1
    }
  } finally {
    await database.close()
  }
}

if (require.main === module) void main()
