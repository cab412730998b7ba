// Every page in 长辈版: axe, DOM size, tap targets and body text, chip rows — see support/quality-checks.ts.
import { MODES, describeEveryPage } from './support/quality-checks'

describeEveryPage(MODES[1])
