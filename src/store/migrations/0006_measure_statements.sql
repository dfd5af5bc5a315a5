CREATE TABLE "measure_statement" (
	"action_id" uuid PRIMARY KEY NOT NULL,
	"puid" text NOT NULL,
	"payload" jsonb NOT NULL,
	"trader_message" jsonb NOT NULL,
	"tdb_required" boolean NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone,
	"submitted_at" timestamp (3) with time zone,
	"tdb_uuid" text,
	"last_error" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"redress_status" text,
	"redress_at" timestamp (3) with time zone,
	CONSTRAINT "measure_statement_puid_unique" UNIQUE("puid")
);
--> statement-breakpoint
ALTER TABLE "measure_statement" ADD CONSTRAINT "measure_statement_action_id_enforcement_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."enforcement_action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_statement_status_idx" ON "measure_statement" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "measure_statement_created_idx" ON "measure_statement" USING btree ("created_at","action_id");