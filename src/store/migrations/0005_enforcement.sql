CREATE TABLE "enforcement_action" (
	"id" uuid PRIMARY KEY NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"measure" text NOT NULL,
	"trigger_seq" integer NOT NULL,
	"clause_id" text NOT NULL,
	"policy_version" text NOT NULL,
	"points" integer NOT NULL,
	"immediate" boolean NOT NULL,
	"factors" jsonb NOT NULL,
	"taken_at" timestamp (3) with time zone NOT NULL,
	"until" timestamp (3) with time zone,
	"status" text NOT NULL,
	"effect_required" boolean NOT NULL,
	"effect_due_at" timestamp (3) with time zone,
	"effect_confirmed_at" timestamp (3) with time zone,
	"resent_count" integer DEFAULT 0 NOT NULL,
	"lifted_at" timestamp (3) with time zone,
	"lift_reason" text,
	"lift_confirmed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "enforcement_standing" (
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"last_seq" integer NOT NULL,
	"points" integer NOT NULL,
	"state" text NOT NULL,
	"warned_at" timestamp (3) with time zone,
	"suspended_until" timestamp (3) with time zone,
	"terminated_at" timestamp (3) with time zone,
	"policy_version" text NOT NULL,
	"evaluated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "enforcement_standing_actor_type_actor_id_pk" PRIMARY KEY("actor_type","actor_id")
);
--> statement-breakpoint
CREATE TABLE "penalty_policy" (
	"version" text PRIMARY KEY NOT NULL,
	"terms_version" text NOT NULL,
	"config" jsonb NOT NULL,
	"activated_at" timestamp (3) with time zone NOT NULL,
	"activated_by" text
);
--> statement-breakpoint
CREATE TABLE "strike" (
	"id" uuid PRIMARY KEY NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"seq" integer NOT NULL,
	"decision_id" uuid NOT NULL,
	"category" text NOT NULL,
	"severity" text NOT NULL,
	"points" integer NOT NULL,
	"clause_id" text NOT NULL,
	"policy_version" text NOT NULL,
	"intent" text,
	"recorded_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"withdrawn_at" timestamp (3) with time zone,
	"withdrawn_reason" text
);
--> statement-breakpoint
CREATE TABLE "terms_clause" (
	"version" text NOT NULL,
	"clause_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"applies_to" jsonb NOT NULL,
	"reason_codes" jsonb NOT NULL,
	CONSTRAINT "terms_clause_version_clause_id_pk" PRIMARY KEY("version","clause_id")
);
--> statement-breakpoint
CREATE TABLE "terms_version" (
	"version" text PRIMARY KEY NOT NULL,
	"effective_from" timestamp (3) with time zone NOT NULL,
	"significant" boolean NOT NULL,
	"content_hash" text NOT NULL,
	"published_at" timestamp (3) with time zone NOT NULL,
	"published_by" text
);
--> statement-breakpoint
ALTER TABLE "penalty_policy" ADD CONSTRAINT "penalty_policy_terms_version_terms_version_version_fk" FOREIGN KEY ("terms_version") REFERENCES "public"."terms_version"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms_clause" ADD CONSTRAINT "terms_clause_version_terms_version_version_fk" FOREIGN KEY ("version") REFERENCES "public"."terms_version"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_action_trigger" ON "enforcement_action" USING btree ("actor_type","actor_id","measure","trigger_seq");--> statement-breakpoint
CREATE INDEX "enforcement_action_actor_idx" ON "enforcement_action" USING btree ("actor_type","actor_id","taken_at");--> statement-breakpoint
CREATE INDEX "enforcement_action_effect_idx" ON "enforcement_action" USING btree ("effect_required","effect_confirmed_at") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "enforcement_standing_state_idx" ON "enforcement_standing" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "strike_decision_actor" ON "strike" USING btree ("decision_id","actor_type","actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "strike_actor_seq" ON "strike" USING btree ("actor_type","actor_id","seq");--> statement-breakpoint
CREATE INDEX "strike_decision_idx" ON "strike" USING btree ("decision_id");