CREATE TABLE "message_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"subscription_id" text NOT NULL,
	"change_key" text NOT NULL,
	"template_id" text NOT NULL,
	"page" text NOT NULL,
	"data" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_errcode" integer,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "message_subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"community" text NOT NULL,
	"subject" text NOT NULL,
	"openid" text NOT NULL,
	"template_id" text NOT NULL,
	"scope" text NOT NULL,
	"report_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "message_deliveries" ADD CONSTRAINT "message_deliveries_subscription_id_message_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."message_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_subscriptions" ADD CONSTRAINT "message_subscriptions_community_communities_id_fk" FOREIGN KEY ("community") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_subscriptions" ADD CONSTRAINT "message_subscriptions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "message_deliveries_subscription_key" ON "message_deliveries" USING btree ("subscription_id");--> statement-breakpoint
CREATE INDEX "message_deliveries_due_idx" ON "message_deliveries" USING btree ("next_attempt_at") WHERE status IN ('pending', 'sending', 'failed');--> statement-breakpoint
CREATE INDEX "message_subscriptions_report_idx" ON "message_subscriptions" USING btree ("report_id") WHERE used_at IS NULL;--> statement-breakpoint
CREATE INDEX "message_subscriptions_notice_idx" ON "message_subscriptions" USING btree ("community","scope") WHERE used_at IS NULL;--> statement-breakpoint
CREATE INDEX "message_subscriptions_subject_idx" ON "message_subscriptions" USING btree ("subject");