// The zod schema of structured opening hours (seasons, daily ranges, closures): one for bundled parks and for the hours a
// worker verifies. The types and openStatus() that read them are in open-status.ts.
import { z } from 'zod'

const nonEmpty = z.string().trim().min(1, '不能为空')
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm')
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 MM-DD')

export const openingHoursSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unknown') }),
  z.object({ kind: z.literal('always') }),
  z.object({
    kind: z.literal('scheduled'),
    seasons: z
      .array(z.object({ from: monthDay, to: monthDay, ranges: z.array(z.object({ open: hhmm, close: hhmm })).min(1) }))
      .min(1),
    closures: z.array(
      z.union([
        z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), reason: nonEmpty }),
        z.object({ weekday: z.number().int().min(0).max(6), reason: nonEmpty }),
      ]),
    ),
  }),
])
