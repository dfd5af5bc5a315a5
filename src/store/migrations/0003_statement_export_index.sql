DROP INDEX "statement_created_idx";--> statement-breakpoint
CREATE INDEX "statement_created_idx" ON "statement" USING btree ("created_at","decision_id");