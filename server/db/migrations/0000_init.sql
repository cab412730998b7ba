CREATE TABLE "communities" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"body_hash" text NOT NULL,
	"resource_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "notice_history" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"notice_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_id" text NOT NULL,
	"by_name" text NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" text PRIMARY KEY NOT NULL,
	"community" text NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"audience" text NOT NULL,
	"pinned" boolean NOT NULL,
	"publish_at" timestamp with time zone,
	"expire_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"author_id" text NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"edited_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "photos" (
	"id" text PRIMARY KEY NOT NULL,
	"community" text NOT NULL,
	"owner_id" text NOT NULL,
	"report_id" text,
	"position" integer,
	"type" text NOT NULL,
	"bytes" integer NOT NULL,
	"data" "bytea",
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_counters" (
	"bucket" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rate_counters_bucket_window_start_pk" PRIMARY KEY("bucket","window_start")
);
--> statement-breakpoint
CREATE TABLE "report_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"report_id" text NOT NULL,
	"status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reply" text,
	"by_id" text,
	"by_name" text
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" text PRIMARY KEY NOT NULL,
	"community" text NOT NULL,
	"owner_id" text NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"place" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"community" text NOT NULL,
	"role" text NOT NULL,
	"subject" text NOT NULL,
	"worker_id" text,
	"name" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workers" (
	"id" text PRIMARY KEY NOT NULL,
	"community" text NOT NULL,
	"name" text NOT NULL,
	"code_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "notice_history" ADD CONSTRAINT "notice_history_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_community_communities_id_fk" FOREIGN KEY ("community") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_community_communities_id_fk" FOREIGN KEY ("community") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_community_communities_id_fk" FOREIGN KEY ("community") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_community_communities_id_fk" FOREIGN KEY ("community") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_community_communities_id_fk" FOREIGN KEY ("community") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "notice_history_notice_idx" ON "notice_history" USING btree ("notice_id","seq");--> statement-breakpoint
CREATE INDEX "notices_feed_idx" ON "notices" USING btree ("community","pinned" DESC NULLS FIRST,"publish_at" DESC NULLS FIRST,"id") WHERE withdrawn_at IS NULL;--> statement-breakpoint
CREATE INDEX "notices_past_idx" ON "notices" USING btree ("community","publish_at" DESC NULLS FIRST,"id") WHERE withdrawn_at IS NULL;--> statement-breakpoint
CREATE INDEX "notices_updated_idx" ON "notices" USING btree ("community","updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "photos_report_idx" ON "photos" USING btree ("report_id","position");--> statement-breakpoint
CREATE INDEX "photos_owner_idx" ON "photos" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "rate_counters_end_idx" ON "rate_counters" USING btree ("window_end");--> statement-breakpoint
CREATE INDEX "report_events_report_idx" ON "report_events" USING btree ("report_id","seq");--> statement-breakpoint
CREATE INDEX "reports_community_idx" ON "reports" USING btree ("community","created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "reports_owner_idx" ON "reports" USING btree ("community","owner_id","created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "sessions_subject_idx" ON "sessions" USING btree ("role","subject");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "workers_code_hash_key" ON "workers" USING btree ("code_hash");