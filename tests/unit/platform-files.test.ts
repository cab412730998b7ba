// Taro resolves `./x` to x.h5.* / x.weapp.* only when it meets the platform file before the plain one, trying one
// extension at a time (.ts before .tsx): a declaration x.ts beside x.h5.tsx would be bundled in place of the platform
// file (an empty module, so the app breaks at run time). Every platform file sits beside a declaration with its own
// extension, and both platforms have theirs.
import fs from 'node:fs'
import path from 'node:path'

const SRC = path.resolve(__dirname, '..', '..', 'src')
const PLATFORM = /^(.*)\.(h5|weapp)\.(tsx?)$/

const files = (fs.readdirSync(SRC, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'))
const platformFiles = files.filter((f) => PLATFORM.test(path.basename(f)))

describe('platform files', () => {
  it('exist (the check below has something to check)', () => {
    expect(platformFiles.length).toBeGreaterThan(10)
  })

  it.each(platformFiles)('%s has a declaration of the same extension and a twin for the other platform', (file) => {
    const [, base, platform, ext] = PLATFORM.exec(path.basename(file))!
    const dir = path.dirname(file)
    const other = platform === 'h5' ? 'weapp' : 'h5'
    expect(files).toContain(`${dir}/${base}.${ext}`)
    expect(files).toContain(`${dir}/${base}.${other}.${ext}`)
    expect(files).not.toContain(`${dir}/${base}.${ext === 'ts' ? 'tsx' : 'ts'}`)
  })
})
