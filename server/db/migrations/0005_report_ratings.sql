ALTER TABLE "report_events" ADD COLUMN "rating" text;--> statement-breakpoint
ALTER TABLE "report_events" ADD COLUMN "rating_words" text;