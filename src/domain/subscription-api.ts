// The body of POST /api/reports/:id/subscriptions and /api/notice-subscriptions (zod: server side and the
// subpackages only; the answers' parsers are zod-free in subscription-messages.ts).
import { z } from 'zod'

/** The template ids requestSubscribeMessage accepted (WeChat asks for at most 3 at once). */
export const subscriptionBodySchema = z.object({
  templateIds: z.array(z.string().min(1).max(128)).min(1).max(3),
})
export type SubscriptionBody = z.infer<typeof subscriptionBodySchema>
