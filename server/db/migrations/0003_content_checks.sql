CREATE TABLE "session_openids" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"openid" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "photos" ADD COLUMN "check" text DEFAULT 'passed' NOT NULL;--> statement-breakpoint
ALTER TABLE "photos" ADD COLUMN "check_trace_id" text;--> statement-breakpoint
ALTER TABLE "session_openids" ADD CONSTRAINT "session_openids_token_hash_sessions_token_hash_fk" FOREIGN KEY ("token_hash") REFERENCES "public"."sessions"("token_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "photos_check_trace_key" ON "photos" USING btree ("check_trace_id");