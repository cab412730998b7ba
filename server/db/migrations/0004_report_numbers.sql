CREATE TABLE "report_counters" (
	"community_id" text NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "report_counters_community_id_day_pk" PRIMARY KEY("community_id","day")
);
--> statement-breakpoint
-- Hand-written (issue 16): the columns are added nullable, filled for existing rows, then made NOT NULL — what
-- drizzle-kit generated (ADD COLUMN … NOT NULL) fails on a database that already has communities and reports.
ALTER TABLE "communities" ADD COLUMN "code" text;--> statement-breakpoint
-- The code rule of src/domain/report-number.ts (communityCodeFromId): 月湾湖 is YWH, others their id in capitals.
UPDATE "communities" SET "code" = CASE WHEN "id" = 'yuewanhu' THEN 'YWH' ELSE upper(regexp_replace("id", '[^a-z0-9]', '', 'g')) END;--> statement-breakpoint
ALTER TABLE "communities" ALTER COLUMN "code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "number" text;--> statement-breakpoint
-- Backfill: existing reports numbered per community and China-time day (UTC+8) in the order they were made.
WITH "numbered" AS (
	SELECT "id", "community", (("created_at" AT TIME ZONE 'UTC') + interval '8 hours')::date AS "day",
		row_number() OVER (
			PARTITION BY "community", (("created_at" AT TIME ZONE 'UTC') + interval '8 hours')::date
			ORDER BY "created_at", "id"
		) AS "seq"
	FROM "reports"
)
UPDATE "reports" SET "number" = c."code" || '-' || to_char(n."day", 'YYYYMMDD') || '-' ||
	CASE WHEN n."seq" < 10000 THEN lpad(n."seq"::text, 4, '0') ELSE n."seq"::text END
FROM "numbered" n JOIN "communities" c ON c."id" = n."community"
WHERE "reports"."id" = n."id";--> statement-breakpoint
INSERT INTO "report_counters" ("community_id", "day", "last")
SELECT "community", (("created_at" AT TIME ZONE 'UTC') + interval '8 hours')::date, count(*)
FROM "reports" GROUP BY 1, 2;--> statement-breakpoint
ALTER TABLE "reports" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "report_counters" ADD CONSTRAINT "report_counters_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "communities_code_key" ON "communities" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_number_key" ON "reports" USING btree ("number");
