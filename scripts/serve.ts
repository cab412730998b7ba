// `npm run serve`: the built H5 app (gzipped) and the production API (server/) on one port — the real server code,
// with the same environment as `npm run server` (PORT, DATABASE_URL or DATA_DIR, WECHAT_APPID …).
import fs from 'node:fs'
import path from 'node:path'
import { main } from '../server/main'

export const H5_ROOT = path.resolve(__dirname, '..', 'dist', 'h5')

if (require.main === module) {
  if (!fs.existsSync(path.join(H5_ROOT, 'index.html'))) {
    console.error('dist/h5 is missing: run `npm run build:h5` first.')
    process.exit(1)
  }
  void main({ staticDir: H5_ROOT })
}
