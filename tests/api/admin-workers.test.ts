/**
 * @jest-environment node
 */
// The admin's worker commands as the admin reads them: `worker add` prints the account, a 4×4 invite code and its
// expiry in China time; `worker list` each account's status, how it signs in and when it last did; unknown ids and
// communities are refused in Chinese; the CLI exits 0 / 1 / 2 (done / refused / wrong usage).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { AdminError, chinaTime, formatList, listWorkers } from '../../server/admin/workers'
import { runAdmin } from '../../server/cli/admin'
import { ensureCommunity } from '../../server/store/communities'
import { testDatabase, usingPostgres } from './support/test-database'

const NOW = new Date('2026-05-01T01:00:00.000Z')
const at = (hours: number) => new Date(NOW.getTime() + hours * 60 * 60 * 1000)

async function database() {
  const db = await testDatabase()
  await ensureCommunity(db.db, { id: 'yuewanhu', name: '月湾湖社区' })
  return db
}

it('worker add prints the account, a typeable one-time invite and when it expires (China time)', async () => {
  const db = await database()
  const out = await runAdmin(db, ['worker', 'add', '--community', 'yuewanhu', '--name', '王社工'], NOW)
  expect(out).toContain('工作人员：王社工（月湾湖社区）')
  expect(out).toMatch(/账号：w[2-9a-z]{6} {2}编号：w_\S+/)
  expect(out).toMatch(/邀请码：[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}\n/)
  expect(out).toContain('有效期至：2026-05-04 09:00（北京时间），只能使用一次')
  const second = await runAdmin(db, ['worker', 'add', '--community=yuewanhu', '--name=李社工'], NOW)
  expect(second.match(/邀请码：(\S+)/)![1]).not.toBe(out.match(/邀请码：(\S+)/)![1])
})

it('worker list shows status, sign-in method and last sign-in; revoke and reinvite change them', async () => {
  const db = await database()
  expect(await runAdmin(db, ['worker', 'list'], NOW)).toBe(
    '还没有工作人员账号（用 worker add --community <编号> --name <姓名> 添加）',
  )
  const added = await runAdmin(db, ['worker', 'add', '--community', 'yuewanhu', '--name', '王社工'], NOW)
  const id = added.match(/编号：(\S+)/)![1]
  const listed = await runAdmin(db, ['worker', 'list', '--community', 'yuewanhu'], NOW)
  expect(listed).toContain(`王社工  账号 `)
  expect(listed).toContain(
    `编号 ${id}  yuewanhu  待激活  登录方式：未设置  最近登录：从未  邀请有效至 2026-05-04 09:00（北京时间）`,
  )
  expect(formatList(await listWorkers(db.db), at(73))).toContain('邀请已过期')

  expect(await runAdmin(db, ['worker', 'revoke', id], NOW)).toBe(`已停用：王社工（${id}）。这个账号的登录已全部失效。`)
  expect(await runAdmin(db, ['worker', 'list'], NOW)).toContain('已停用')
  await expect(runAdmin(db, ['worker', 'revoke', id], NOW)).rejects.toThrow('的账号已经停用')
  await expect(runAdmin(db, ['worker', 'reinvite', id], NOW)).rejects.toThrow('不能重新邀请')

  const other = await runAdmin(db, ['worker', 'add', '--community', 'yuewanhu', '--name', '李社工'], NOW)
  const again = await runAdmin(db, ['worker', 'reinvite', other.match(/账号：(\S+)/)![1]], at(1))
  expect(again).toContain('旧的邀请码、口令和微信绑定都已作废')
  expect(again).toContain('有效期至：2026-05-04 10:00（北京时间）')
})

it('refuses unknown ids and communities in Chinese', async () => {
  const db = await database()
  await expect(runAdmin(db, ['worker', 'add', '--community', 'nowhere', '--name', '王社工'], NOW)).rejects.toThrow(
    new AdminError('没有这个社区：nowhere（已有：yuewanhu）'),
  )
  await expect(runAdmin(db, ['worker', 'revoke', 'w_unknown'], NOW)).rejects.toThrow(
    '没有这个工作人员账号：w_unknown（用 worker list 查看）',
  )
  await expect(runAdmin(db, ['worker', 'list', '--community', 'nowhere'], NOW)).rejects.toThrow('没有这个社区')
  await expect(runAdmin(db, ['worker', 'add', '--community', 'yuewanhu'], NOW)).rejects.toThrow(
    '需要 --community 和 --name',
  )
  expect(chinaTime(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01 00:30（北京时间）')
})

const describeEmbedded = usingPostgres() ? describe.skip : describe
describeEmbedded('npm run admin', () => {
  jest.setTimeout(120_000)
  const run = (dataDir: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/admin.ts', ...args], {
      cwd: path.resolve(__dirname, '..', '..'),
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_OPTIONS: '' },
      encoding: 'utf8',
    })

  it('exits 2 on wrong usage, 1 on an unknown community, 0 with the invite printed', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuewanhu-admin-'))
    try {
      const usage = run(dataDir, 'worker')
      expect(usage.status).toBe(2)
      expect(usage.stderr).toContain('npm run admin -- worker add --community')
      const unknown = run(dataDir, 'worker', 'add', '--community', 'nowhere', '--name', '王社工')
      expect(unknown.status).toBe(1)
      expect(unknown.stderr).toContain('没有这个社区：nowhere')
      const missing = run(dataDir, 'worker', 'revoke', 'w_nobody')
      expect(missing.status).toBe(1)
      expect(missing.stderr).toContain('没有这个工作人员账号：w_nobody')
      const added = run(dataDir, 'worker', 'add', '--community', 'yuewanhu', '--name', '王社工')
      expect(added.status).toBe(0)
      expect(added.stdout).toMatch(/邀请码：[2-9A-Z]{4}-/)
      expect(run(dataDir, 'worker', 'list').stdout).toContain('王社工')
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
