ALTER TABLE "workers" ADD COLUMN "login" text;--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "status" text DEFAULT 'invited' NOT NULL;--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "invite_hash" text;--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "invite_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "passphrase_hash" text;--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "wechat_id" text;--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "last_sign_in_at" timestamp with time zone;--> statement-breakpoint
-- Accounts made from WORKER_CODES (shared codes) grant nothing any more: revoked, and their sessions end now.
UPDATE "workers" SET "status" = 'revoked', "revoked_at" = COALESCE("revoked_at", now());--> statement-breakpoint
DELETE FROM "sessions" WHERE "role" = 'worker';--> statement-breakpoint
DROP INDEX "workers_code_hash_key";--> statement-breakpoint
ALTER TABLE "workers" DROP COLUMN "code_hash";--> statement-breakpoint
ALTER TABLE "workers" DROP COLUMN "active";--> statement-breakpoint
CREATE UNIQUE INDEX "workers_login_key" ON "workers" USING btree ("login");--> statement-breakpoint
CREATE UNIQUE INDEX "workers_invite_hash_key" ON "workers" USING btree ("invite_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "workers_wechat_id_key" ON "workers" USING btree ("wechat_id");
