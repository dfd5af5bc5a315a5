CREATE TABLE "detection_enrichment" (
	"listing_id" text NOT NULL,
	"kind" text NOT NULL,
	"listing_version" integer NOT NULL,
	"status" text NOT NULL,
	"attempts" integer NOT NULL,
	"next_attempt_at" timestamp (3) with time zone NOT NULL,
	"result" jsonb,
	"last_error" text,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "detection_enrichment_listing_id_kind_pk" PRIMARY KEY("listing_id","kind")
);
--> statement-breakpoint
CREATE TABLE "detection_hit" (
	"case_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"rule_version" integer NOT NULL,
	"screening_id" uuid NOT NULL,
	"listing_id" text NOT NULL,
	"shadow" boolean NOT NULL,
	"label" text,
	"decision_id" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"labelled_at" timestamp (3) with time zone,
	CONSTRAINT "detection_hit_case_id_rule_id_pk" PRIMARY KEY("case_id","rule_id")
);
--> statement-breakpoint
CREATE TABLE "detection_state" (
	"listing_id" text PRIMARY KEY NOT NULL,
	"screening_id" uuid NOT NULL,
	"listing_version" integer NOT NULL,
	"verdict" text NOT NULL,
	"rule_ids" jsonb NOT NULL,
	"rule_set_version" integer,
	"screened_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hash_bank_entry" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hash_bank_entry_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"hash" text NOT NULL,
	"label" text NOT NULL,
	"source" text NOT NULL,
	"category" text NOT NULL,
	"import_id" uuid NOT NULL,
	"imported_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rescan_run" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"rule_set_version" integer NOT NULL,
	"baseline_version" integer,
	"status" text NOT NULL,
	"cursor" text,
	"total" integer NOT NULL,
	"processed" integer NOT NULL,
	"changed" integer NOT NULL,
	"summary" jsonb NOT NULL,
	"requested_by" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"started_at" timestamp (3) with time zone,
	"heartbeat_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "rule_override" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rule_id" text NOT NULL,
	"reason" text NOT NULL,
	"officer" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"revoked_by" text,
	"revoked_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "rule_precision" (
	"rule_id" text NOT NULL,
	"rule_version" integer NOT NULL,
	"reviewed_hits" integer NOT NULL,
	"confirmed_hits" integer NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "rule_precision_rule_id_rule_version_pk" PRIMARY KEY("rule_id","rule_version")
);
--> statement-breakpoint
CREATE TABLE "rule_set_version" (
	"version" integer PRIMARY KEY NOT NULL,
	"families" jsonb NOT NULL,
	"content_version" text NOT NULL,
	"status" text NOT NULL,
	"author" text NOT NULL,
	"note" text,
	"shadow_rules" jsonb NOT NULL,
	"auto_act_rules" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"activated_by" text,
	"activated_at" timestamp (3) with time zone,
	"retired_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "screening" (
	"id" uuid PRIMARY KEY NOT NULL,
	"listing_id" text NOT NULL,
	"listing_version" integer NOT NULL,
	"reason" text NOT NULL,
	"rule_set_version" integer,
	"rules_content_version" text NOT NULL,
	"verdict" text NOT NULL,
	"score" double precision NOT NULL,
	"categories" jsonb NOT NULL,
	"signals" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"rule_ids" jsonb NOT NULL,
	"shadow" jsonb NOT NULL,
	"degraded" jsonb NOT NULL,
	"versions" jsonb NOT NULL,
	"routed" text NOT NULL,
	"case_id" uuid,
	"screened_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "third_party_verdict" (
	"id" uuid PRIMARY KEY NOT NULL,
	"listing_id" text NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"verdict" text NOT NULL,
	"confidence" double precision,
	"reference" text,
	"submitted_by" text NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "detection_enrichment_due_idx" ON "detection_enrichment" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "detection_hit_unlabelled_idx" ON "detection_hit" USING btree ("case_id") WHERE label IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "hash_bank_entry_hash_source" ON "hash_bank_entry" USING btree ("hash","source");--> statement-breakpoint
CREATE INDEX "rescan_run_status_idx" ON "rescan_run" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "rule_override_rule_idx" ON "rule_override" USING btree ("rule_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_set_version_one_active" ON "rule_set_version" USING btree ("status") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "screening_listing_idx" ON "screening" USING btree ("listing_id","screened_at");--> statement-breakpoint
CREATE INDEX "third_party_verdict_listing_idx" ON "third_party_verdict" USING btree ("listing_id","received_at");