// The database schema (drizzle pgTable): one definition for the embedded PGlite and a PostgreSQL server; every row
// belongs to a community, and every limit that must hold across server processes is a table here.
import { sql } from 'drizzle-orm'
import {
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'

const time = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
})

export const communities = pgTable(
  'communities',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** The prefix of its report numbers (月湾湖: YWH), from COMMUNITY_CODE; unique so numbers are unique everywhere. */
    code: text('code').notNull(),
    createdAt: time('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('communities_code_key').on(t.code)],
)

/** What a worker account is: invited (an unused invite), active (signed in once), revoked (for good). */
export const WORKER_STATUSES = ['invited', 'active', 'revoked'] as const

export const workers = pgTable(
  'workers',
  {
    id: text('id').primaryKey(),
    community: text('community')
      .notNull()
      .references(() => communities.id),
    name: text('name').notNull(),
    /** The short name a worker types to sign in with a passphrase (printed by `worker add`); null for old rows. */
    login: text('login'),
    status: text('status', { enum: WORKER_STATUSES }).notNull().default('invited'),
    /** sha256 of the one-time invite code (high-entropy, so a fast hash finds its row); null once used or void. */
    inviteHash: text('invite_hash'),
    inviteExpiresAt: time('invite_expires_at'),
    /** scrypt of the passphrase with a per-row random salt: `scrypt$N$r$p$salt$hash`; null until set. */
    passphraseHash: text('passphrase_hash'),
    /** The WeChat identity bound by a weapp first use (the openid-derived id of server/wechat/identity.ts). */
    wechatId: text('wechat_id'),
    createdAt: time('created_at').notNull().defaultNow(),
    revokedAt: time('revoked_at'),
    lastSignInAt: time('last_sign_in_at'),
  },
  (t) => [
    uniqueIndex('workers_login_key').on(t.login),
    uniqueIndex('workers_invite_hash_key').on(t.inviteHash),
    uniqueIndex('workers_wechat_id_key').on(t.wechatId),
  ],
)

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the bearer token: the token itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    community: text('community')
      .notNull()
      .references(() => communities.id),
    role: text('role', { enum: ['resident', 'worker'] }).notNull(),
    /** A worker's id, or a resident's owner id (derived from their device id). */
    subject: text('subject').notNull(),
    workerId: text('worker_id').references(() => workers.id, { onDelete: 'cascade' }),
    name: text('name'),
    createdAt: time('created_at').notNull(),
    expiresAt: time('expires_at').notNull(),
  },
  (t) => [index('sessions_subject_idx').on(t.role, t.subject), index('sessions_expires_idx').on(t.expiresAt)],
)

export const notices = pgTable(
  'notices',
  {
    id: text('id').primaryKey(),
    community: text('community')
      .notNull()
      .references(() => communities.id),
    category: text('category').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    audience: text('audience').notNull(),
    pinned: boolean('pinned').notNull(),
    publishAt: time('publish_at'),
    expireAt: time('expire_at'),
    withdrawnAt: time('withdrawn_at'),
    authorId: text('author_id').notNull(),
    authorName: text('author_name').notNull(),
    createdAt: time('created_at').notNull(),
    updatedAt: time('updated_at').notNull(),
    /** When residents last saw it change (已修改), kept with every write so lists need not read the history. */
    editedAt: time('edited_at'),
  },
  // Indexes are DESC NULLS FIRST — PostgreSQL's plain DESC, what the queries' desc() says — so that lists are read in
  // index order (drizzle's bare .desc() would write NULLS LAST, which no list's ORDER BY matches).
  (t) => [
    index('notices_feed_idx')
      .on(t.community, t.pinned.desc().nullsFirst(), t.publishAt.desc().nullsFirst(), t.id)
      .where(sql`withdrawn_at IS NULL`),
    index('notices_past_idx')
      .on(t.community, t.publishAt.desc().nullsFirst(), t.id)
      .where(sql`withdrawn_at IS NULL`),
    index('notices_updated_idx').on(t.community, t.updatedAt.desc().nullsFirst(), t.id),
  ],
)

export const noticeHistory = pgTable(
  'notice_history',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    noticeId: text('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    at: time('at').notNull(),
    byId: text('by_id').notNull(),
    byName: text('by_name').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull(),
  },
  (t) => [index('notice_history_notice_idx').on(t.noticeId, t.seq)],
)

export const reports = pgTable(
  'reports',
  {
    id: text('id').primaryKey(),
    community: text('community')
      .notNull()
      .references(() => communities.id),
    ownerId: text('owner_id').notNull(),
    category: text('category').notNull(),
    description: text('description').notNull(),
    place: text('place').notNull(),
    status: text('status').notNull(),
    /** YWH-20261201-0042: community code, China-time day, sequence from report_counters (src/domain/report-number). */
    number: text('number').notNull(),
    createdAt: time('created_at').notNull(),
    updatedAt: time('updated_at').notNull(),
    /** A worker changed the status or replied since the reporter last opened it (POST /api/reports/:id/read). */
    unread: boolean('unread').notNull().default(false),
    /** The field a 信息纠错 report is about (src/domain/verified-facts.ts factSubjectSchema); null on other reports. */
    subjectKind: text('subject_kind'),
    subjectId: text('subject_id'),
    subjectField: text('subject_field'),
  },
  (t) => [
    uniqueIndex('reports_number_key').on(t.number),
    index('reports_community_idx').on(t.community, t.createdAt.desc().nullsFirst(), t.id),
    index('reports_owner_idx').on(t.community, t.ownerId, t.createdAt.desc().nullsFirst(), t.id),
  ],
)

/**
 * The last report number given per community and China-time day: incremented by an upsert in the transaction that
 * creates the report, so concurrent creates in any number of processes get consecutive numbers (a rollback gives its
 * number back).
 */
export const reportCounters = pgTable(
  'report_counters',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    day: date('day', { mode: 'string' }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.day] })],
)

export const reportEvents = pgTable(
  'report_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    reportId: text('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    at: time('at').notNull(),
    reply: text('reply'),
    byId: text('by_id'),
    byName: text('by_name'),
    /** The resident's 评价 on this entry (satisfied, basically-satisfied, unsatisfied), and their words. */
    rating: text('rating'),
    ratingWords: text('rating_words'),
  },
  (t) => [index('report_events_report_idx').on(t.reportId, t.seq)],
)

export const photos = pgTable(
  'photos',
  {
    id: text('id').primaryKey(),
    community: text('community')
      .notNull()
      .references(() => communities.id),
    ownerId: text('owner_id').notNull(),
    /** null until a report names it; unclaimed photos are removed by the clean-up after a day. */
    reportId: text('report_id').references(() => reports.id, { onDelete: 'cascade' }),
    position: integer('position'),
    type: text('type').notNull(),
    bytes: integer('bytes').notNull(),
    /** The bytes, when the database is the photo store (the default); an object store would leave this null. */
    data: bytea('data'),
    createdAt: time('created_at').notNull(),
    /**
     * WeChat's content check (media_check_async): 'pending' until its push arrives, then 'passed' or 'refused'.
     * 'passed' at once when checks are off or the sender has no openid (and for photos older than this column).
     */
    check: text('check', { enum: ['pending', 'passed', 'refused'] })
      .notNull()
      .default('passed'),
    /** The trace_id media_check_async gave, which its push names. */
    checkTraceId: text('check_trace_id'),
  },
  (t) => [
    index('photos_report_idx').on(t.reportId, t.position),
    index('photos_owner_idx').on(t.ownerId),
    uniqueIndex('photos_check_trace_key').on(t.checkTraceId),
  ],
)

/**
 * The WeChat openid behind a session signed in with wx.login, kept only server-side for the content checks
 * (msg_sec_check / media_check_async v2 want the sender's openid); goes when the session does.
 */
export const sessionOpenids = pgTable('session_openids', {
  tokenHash: text('token_hash')
    .primaryKey()
    .references(() => sessions.tokenHash, { onDelete: 'cascade' }),
  openid: text('openid').notNull(),
})

/** One row per (scope, key): the primary key makes concurrent requests with one key resolve to one resource. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    bodyHash: text('body_hash').notNull(),
    resourceId: text('resource_id').notNull(),
    createdAt: time('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_created_idx').on(t.createdAt)],
)

/** Fixed-window counters (sign-in failures, sessions minted, reports and photo bytes per day), shared by processes. */
export const rateCounters = pgTable(
  'rate_counters',
  {
    bucket: text('bucket').notNull(),
    windowStart: time('window_start').notNull(),
    windowEnd: time('window_end').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] }), index('rate_counters_end_idx').on(t.windowEnd)],
)

/** WeChat's access token, one row per mini-program (appid), shared by every server process; refreshed under a lock. */
export const wechatTokens = pgTable('wechat_tokens', {
  appId: text('app_id').primaryKey(),
  token: text('token').notNull(),
  expiresAt: time('expires_at').notNull(),
  fetchedAt: time('fetched_at').notNull(),
})

/**
 * 订阅消息: one row per one-time subscription a resident accepted (one tap of 进度通知我 or 订阅新通知 = one message
 * WeChat lets us send). `reportId` for a report's progress, null for new notices of the community. The openid is kept
 * here (not only with the session) because the message goes out later, maybe after the session ended; it goes with the
 * resident's data. `usedAt`: set when a delivery takes it, so one subscription is used by one send.
 */
export const messageSubscriptions = pgTable(
  'message_subscriptions',
  {
    id: text('id').primaryKey(),
    community: text('community')
      .notNull()
      .references(() => communities.id),
    /** The resident's owner id (sessions.subject). */
    subject: text('subject').notNull(),
    openid: text('openid').notNull(),
    templateId: text('template_id').notNull(),
    scope: text('scope', { enum: ['report', 'notice'] }).notNull(),
    reportId: text('report_id').references(() => reports.id, { onDelete: 'cascade' }),
    createdAt: time('created_at').notNull(),
    usedAt: time('used_at'),
  },
  (t) => [
    index('message_subscriptions_report_idx')
      .on(t.reportId)
      .where(sql`used_at IS NULL`),
    index('message_subscriptions_notice_idx')
      .on(t.community, t.scope)
      .where(sql`used_at IS NULL`),
    index('message_subscriptions_subject_idx').on(t.subject),
  ],
)

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'refused', 'failed'] as const

/**
 * One message for one change (a report's status change or reply, a new notice) to one subscription: recorded in the
 * change's transaction, sent after it commits. Unique per subscription — so per subscription + change too: a one-time
 * subscription is used by one send and a change is never sent twice. 'failed' with a `nextAttemptAt` is tried again by the sweep; without one it has given up.
 */
export const messageDeliveries = pgTable(
  'message_deliveries',
  {
    id: text('id').primaryKey(),
    subscriptionId: text('subscription_id')
      .notNull()
      .references(() => messageSubscriptions.id, { onDelete: 'cascade' }),
    /** What changed, e.g. report:<id>:<timeline length> or notice:<id>. */
    changeKey: text('change_key').notNull(),
    templateId: text('template_id').notNull(),
    page: text('page').notNull(),
    data: jsonb('data').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: time('next_attempt_at'),
    /** WeChat's errcode of the last refusal or failure (null: unreachable or none). */
    lastErrcode: integer('last_errcode'),
    lastError: text('last_error'),
    createdAt: time('created_at').notNull(),
    sentAt: time('sent_at'),
  },
  (t) => [
    uniqueIndex('message_deliveries_subscription_key').on(t.subscriptionId),
    index('message_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`status IN ('pending', 'sending', 'failed')`),
  ],
)

/**
 * Verified facts: one row per verification a worker made of one field of a guide, park or the community (append-only:
 * the history keeps every change). The current value of a subject is its row with the latest `verified_at`. `value`
 * null: checked, and not known. `photo_id`: a photo of the notice the worker uploaded (POST /api/photos), readable
 * by anyone with its signed URL; kept by the photo clean-up while a verification names it.
 */
export const verifiedFacts = pgTable(
  'verified_facts',
  {
    id: text('id').primaryKey(),
    community: text('community')
      .notNull()
      .references(() => communities.id),
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    field: text('field').notNull(),
    value: jsonb('value'),
    method: text('method').notNull(),
    noticeTitle: text('notice_title'),
    photoId: text('photo_id').references(() => photos.id, { onDelete: 'set null' }),
    workerId: text('worker_id').notNull(),
    workerName: text('worker_name').notNull(),
    verifiedAt: time('verified_at').notNull(),
    /** YYYY-MM-DD (China time): after this day the value shows 待复核. */
    recheckBy: date('recheck_by', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('verified_facts_subject_idx').on(
      t.community,
      t.subjectKind,
      t.subjectId,
      t.field,
      t.verifiedAt.desc().nullsFirst(),
      t.id,
    ),
    index('verified_facts_photo_idx')
      .on(t.photoId)
      .where(sql`photo_id IS NOT NULL`),
  ],
)
