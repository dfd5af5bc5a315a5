CREATE TABLE "complaint" (
	"id" uuid PRIMARY KEY NOT NULL,
	"idempotency_key" text,
	"decision_id" uuid NOT NULL,
	"complainant_role" text NOT NULL,
	"complainant_ref" text NOT NULL,
	"complainant_key" text NOT NULL,
	"basis" text NOT NULL,
	"explanation" text NOT NULL,
	"language" text NOT NULL,
	"category" text NOT NULL,
	"detection_rule" text,
	"original_decider" text NOT NULL,
	"informed_at" timestamp (3) with time zone NOT NULL,
	"window_closes_at" timestamp (3) with time zone NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"status" text NOT NULL,
	"claimed_by" text,
	"claim_expires_at" timestamp (3) with time zone,
	"outcome" text,
	"reasons" text,
	"modification" jsonb,
	"decided_by" text,
	"reviewer_qualification" text,
	"decided_at" timestamp (3) with time zone,
	"notified_at" timestamp (3) with time zone,
	"manifestly_unfounded" boolean DEFAULT false NOT NULL,
	CONSTRAINT "complaint_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "decision_redress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"restriction" jsonb,
	"at" timestamp (3) with time zone NOT NULL,
	"effect_required" boolean NOT NULL,
	"effect_due_at" timestamp (3) with time zone,
	"effect_confirmed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "misuse_assessment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"actor_type" text NOT NULL,
	"actor_key" text NOT NULL,
	"assessed_at" timestamp (3) with time zone NOT NULL,
	"factors" jsonb NOT NULL,
	"result" text NOT NULL,
	"suspended_until" timestamp (3) with time zone,
	"policy_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "misuse_flag" (
	"id" uuid PRIMARY KEY NOT NULL,
	"actor_type" text NOT NULL,
	"actor_key" text NOT NULL,
	"ref_type" text NOT NULL,
	"ref_id" text NOT NULL,
	"gravity" text NOT NULL,
	"intent" text NOT NULL,
	"note" text NOT NULL,
	"flagged_by" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "misuse_standing" (
	"actor_type" text NOT NULL,
	"actor_key" text NOT NULL,
	"warned_at" timestamp (3) with time zone,
	"suspended_from" timestamp (3) with time zone,
	"suspended_until" timestamp (3) with time zone,
	"last_assessment_id" uuid,
	CONSTRAINT "misuse_standing_actor_type_actor_key_pk" PRIMARY KEY("actor_type","actor_key")
);
--> statement-breakpoint
CREATE TABLE "ods_body" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"certified_by" text NOT NULL,
	"member_states" jsonb NOT NULL,
	"languages" jsonb NOT NULL,
	"url" text NOT NULL,
	"fee_cents" integer,
	"fee_note" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ods_dispute" (
	"id" uuid PRIMARY KEY NOT NULL,
	"body_id" text NOT NULL,
	"body_reference" text NOT NULL,
	"decision_id" uuid NOT NULL,
	"complaint_id" uuid,
	"recipient_role" text NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"extended" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"engagement" text NOT NULL,
	"refusal_reason" text,
	"same_matter_ref" uuid,
	"outcome" text,
	"outcome_summary" text,
	"decided_at" timestamp (3) with time zone,
	"implemented" boolean,
	"implemented_at" timestamp (3) with time zone,
	"recipient_bad_faith" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ods_engagement" (
	"dispute_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"note" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "ods_engagement_dispute_id_position_pk" PRIMARY KEY("dispute_id","position")
);
--> statement-breakpoint
CREATE TABLE "ods_payment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dispute_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payer" text NOT NULL,
	"payee" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"due_at" timestamp (3) with time zone,
	"paid_at" timestamp (3) with time zone,
	"reference" text
);
--> statement-breakpoint
ALTER TABLE "statement" ADD COLUMN "redress_status" text;--> statement-breakpoint
ALTER TABLE "statement" ADD COLUMN "redress_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "ods_dispute" ADD CONSTRAINT "ods_dispute_body_id_ods_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."ods_body"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ods_engagement" ADD CONSTRAINT "ods_engagement_dispute_id_ods_dispute_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."ods_dispute"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ods_payment" ADD CONSTRAINT "ods_payment_dispute_id_ods_dispute_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."ods_dispute"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_natural_key" ON "complaint" USING btree ("decision_id","complainant_role","complainant_ref");--> statement-breakpoint
CREATE INDEX "complaint_queue_idx" ON "complaint" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "complaint_key_idx" ON "complaint" USING btree ("complainant_key","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_redress_source" ON "decision_redress" USING btree ("source","source_id");--> statement-breakpoint
CREATE INDEX "decision_redress_decision_idx" ON "decision_redress" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "misuse_assessment_actor_idx" ON "misuse_assessment" USING btree ("actor_type","actor_key","assessed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "misuse_flag_ref" ON "misuse_flag" USING btree ("ref_type","ref_id");--> statement-breakpoint
CREATE INDEX "misuse_flag_actor_idx" ON "misuse_flag" USING btree ("actor_type","actor_key","at");--> statement-breakpoint
CREATE UNIQUE INDEX "ods_dispute_body_ref" ON "ods_dispute" USING btree ("body_id","body_reference");--> statement-breakpoint
CREATE INDEX "ods_dispute_status_idx" ON "ods_dispute" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "ods_payment_dispute_idx" ON "ods_payment" USING btree ("dispute_id");