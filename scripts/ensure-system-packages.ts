// `npm test`'s first stage: the Debian packages the later stages need (Chromium, CJK fonts, PostgreSQL), installed when missing.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

interface SystemPackage {
  name: string
  /** Who needs it, for the message. */
  for: string
  installed: () => boolean
}

const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0
const POSTGRES_LIB_DIR = '/usr/lib/postgresql'

const SYSTEM_PACKAGES: SystemPackage[] = [
  { name: 'chromium', for: 'e2e and audit', installed: () => succeeds('sh', ['-c', 'command -v chromium']) },
  { name: 'fonts-noto-cjk', for: 'e2e screenshots', installed: () => succeeds('dpkg', ['-s', 'fonts-noto-cjk']) },
  {
    name: 'postgresql',
    for: 'api:pg',
    installed: () =>
      fs.existsSync(POSTGRES_LIB_DIR) &&
      fs.readdirSync(POSTGRES_LIB_DIR).some((v) => fs.existsSync(path.join(POSTGRES_LIB_DIR, v, 'bin', 'initdb'))),
  },
]

const missingPackages = () => SYSTEM_PACKAGES.filter((p) => !p.installed())

function main(): number {
  let missing = missingPackages()
  if (missing.length === 0) {
    console.log(`System packages present: ${SYSTEM_PACKAGES.map((p) => p.name).join(', ')}`)
    return 0
  }
  const names = missing.map((p) => p.name).join(' ')
  console.log(`Missing system packages: ${missing.map((p) => `${p.name} (${p.for})`).join(', ')}`)

  const isRoot = process.getuid?.() === 0
  if (isRoot && succeeds('sh', ['-c', 'command -v apt-get'])) {
    const install = `apt-get update && apt-get install -y --no-install-recommends ${names}`
    console.log(`Installing: ${install}`)
    const result = spawnSync('sh', ['-c', install], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    missing = missingPackages()
    if (result.status === 0 && missing.length === 0) return 0
    console.error(`apt-get could not install: ${missing.map((p) => p.name).join(' ') || names}`)
    return 1
  }
  console.error(`npm test needs them. Install them, then run npm test again:\n  sudo apt-get install -y ${names}`)
  return 1
}

process.exit(main())
