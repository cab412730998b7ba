// Every page in 标准版: axe, DOM size, tap targets, chip rows — see support/quality-checks.ts.
import { MODES, describeEveryPage } from './support/quality-checks'

describeEveryPage(MODES[0])
