CREATE TABLE "verified_facts" (
	"id" text PRIMARY KEY NOT NULL,
	"community" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"field" text NOT NULL,
	"value" jsonb,
	"method" text NOT NULL,
	"notice_title" text,
	"photo_id" text,
	"worker_id" text NOT NULL,
	"worker_name" text NOT NULL,
	"verified_at" timestamp with time zone NOT NULL,
	"recheck_by" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "subject_kind" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "subject_id" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "subject_field" text;--> statement-breakpoint
ALTER TABLE "verified_facts" ADD CONSTRAINT "verified_facts_community_communities_id_fk" FOREIGN KEY ("community") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verified_facts" ADD CONSTRAINT "verified_facts_photo_id_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "verified_facts_subject_idx" ON "verified_facts" USING btree ("community","subject_kind","subject_id","field","verified_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "verified_facts_photo_idx" ON "verified_facts" USING btree ("photo_id") WHERE photo_id IS NOT NULL;