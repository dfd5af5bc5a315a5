CREATE TABLE "authority_order" (
	"id" uuid PRIMARY KEY NOT NULL,
	"idempotency_key" text,
	"kind" text NOT NULL,
	"gpsr" boolean NOT NULL,
	"authority" text NOT NULL,
	"member_state" text NOT NULL,
	"legal_basis" text NOT NULL,
	"territorial_scope" jsonb NOT NULL,
	"category" text,
	"explanation" text,
	"received_at" timestamp (3) with time zone NOT NULL,
	"due_at" timestamp (3) with time zone,
	"acknowledged_at" timestamp (3) with time zone,
	"effect_given_at" timestamp (3) with time zone,
	CONSTRAINT "authority_order_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "case_link" (
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref_id" text NOT NULL,
	"added_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "case_link_case_id_kind_ref_id_pk" PRIMARY KEY("case_id","kind","ref_id")
);
--> statement-breakpoint
CREATE TABLE "decision" (
	"id" uuid PRIMARY KEY NOT NULL,
	"idempotency_key" text,
	"case_id" uuid,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"trader_id" text,
	"action" text NOT NULL,
	"visibility" jsonb NOT NULL,
	"monetary" text,
	"provision" text,
	"account" text,
	"ends_at" timestamp (3) with time zone,
	"territorial_scope" jsonb NOT NULL,
	"ground" text NOT NULL,
	"legal_ground" text,
	"reference_url" text,
	"clause_ref" text,
	"explanation" text NOT NULL,
	"category" text NOT NULL,
	"keyword" text,
	"automated_detection" boolean NOT NULL,
	"automated_decision" text NOT NULL,
	"source_type" text NOT NULL,
	"notice_ids" jsonb NOT NULL,
	"order_id" uuid,
	"facts" jsonb NOT NULL,
	"decided_by" text NOT NULL,
	"second_reviewer" text,
	"decided_at" timestamp (3) with time zone NOT NULL,
	"applies_from" timestamp (3) with time zone NOT NULL,
	"effect_required" boolean NOT NULL,
	"effect_due_at" timestamp (3) with time zone,
	"effect_confirmed_at" timestamp (3) with time zone,
	"status" text NOT NULL,
	"reversed_at" timestamp (3) with time zone,
	CONSTRAINT "decision_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "escalation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"authority" text NOT NULL,
	"member_state" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"forwarded_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "evidence_file" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" text NOT NULL,
	"sha256" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" bigint NOT NULL,
	"file_name" text,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_snapshot" (
	"sha256" text PRIMARY KEY NOT NULL,
	"item_kind" text NOT NULL,
	"item_id" text NOT NULL,
	"content" jsonb NOT NULL,
	"taken_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_case" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"status" text NOT NULL,
	"queue" text NOT NULL,
	"priority" integer NOT NULL,
	"category" text,
	"language" text,
	"opened_at" timestamp (3) with time zone NOT NULL,
	"knowledge_at" timestamp (3) with time zone,
	"due_at" timestamp (3) with time zone,
	"clocks" jsonb NOT NULL,
	"claimed_by" text,
	"claim_expires_at" timestamp (3) with time zone,
	"escalated_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "notice" (
	"id" uuid PRIMARY KEY NOT NULL,
	"idempotency_key" text,
	"source_type" text NOT NULL,
	"trusted_flagger_id" text,
	"category" text,
	"keyword" text,
	"explanation" text NOT NULL,
	"notifier_name" text,
	"notifier_email" text,
	"good_faith" boolean NOT NULL,
	"member_states" jsonb NOT NULL,
	"legal_ground" text,
	"language" text,
	"status" text NOT NULL,
	"status_token_hash" text NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"knowledge_at" timestamp (3) with time zone,
	"acknowledged_at" timestamp (3) with time zone,
	"decided_at" timestamp (3) with time zone,
	"outcome" text,
	CONSTRAINT "notice_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "notice_location" (
	"notice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"url" text,
	"item_kind" text,
	"item_id" text,
	"case_id" uuid,
	CONSTRAINT "notice_location_notice_id_position_pk" PRIMARY KEY("notice_id","position")
);
--> statement-breakpoint
CREATE TABLE "statement" (
	"decision_id" uuid PRIMARY KEY NOT NULL,
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
	CONSTRAINT "statement_puid_unique" UNIQUE("puid")
);
--> statement-breakpoint
CREATE TABLE "trusted_flagger" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"awarding_member_state" text NOT NULL,
	"expertise_categories" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_link" ADD CONSTRAINT "case_link_case_id_moderation_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."moderation_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_location" ADD CONSTRAINT "notice_location_notice_id_notice_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notice"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement" ADD CONSTRAINT "statement_decision_id_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_subject_idx" ON "decision" USING btree ("subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "decision_effect_idx" ON "decision" USING btree ("effect_required","effect_confirmed_at","effect_due_at");--> statement-breakpoint
CREATE INDEX "item_snapshot_item_idx" ON "item_snapshot" USING btree ("item_kind","item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "moderation_case_open_subject" ON "moderation_case" USING btree ("subject_kind","subject_id") WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX "moderation_case_queue_idx" ON "moderation_case" USING btree ("status","queue","priority","opened_at");--> statement-breakpoint
CREATE INDEX "notice_received_idx" ON "notice" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "notice_flagger_idx" ON "notice" USING btree ("trusted_flagger_id");--> statement-breakpoint
CREATE INDEX "notice_location_item_idx" ON "notice_location" USING btree ("item_kind","item_id");--> statement-breakpoint
CREATE INDEX "statement_status_idx" ON "statement" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "statement_created_idx" ON "statement" USING btree ("created_at");