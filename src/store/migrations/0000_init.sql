CREATE TABLE "api_key" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"key_hash" text NOT NULL,
	"subject_id" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"last_used_at" timestamp (3) with time zone,
	CONSTRAINT "api_key_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "app_user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "user_session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item" (
	"kind" text NOT NULL,
	"external_id" text NOT NULL,
	"url" text,
	"trader_id" text,
	"parent_kind" text,
	"parent_id" text,
	"text" text,
	"visibility" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "item_kind_external_id_pk" PRIMARY KEY("kind","external_id")
);
--> statement-breakpoint
CREATE TABLE "listing" (
	"id" text PRIMARY KEY NOT NULL,
	"trader_id" text NOT NULL,
	"source_version" bigint NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"price" double precision,
	"currency" text,
	"category_path" jsonb NOT NULL,
	"brand" text,
	"gtin" text,
	"product_url" text,
	"image_urls" jsonb NOT NULL,
	"language" text,
	"visibility" text NOT NULL,
	"content_hash" text NOT NULL,
	"listed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listing_version" (
	"listing_id" text NOT NULL,
	"version" integer NOT NULL,
	"source_version" bigint NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"category_path" jsonb NOT NULL,
	"brand" text,
	"gtin" text,
	"image_urls" jsonb NOT NULL,
	"language" text,
	"content_hash" text NOT NULL,
	"recorded_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "listing_version_listing_id_version_pk" PRIMARY KEY("listing_id","version")
);
--> statement-breakpoint
CREATE TABLE "order" (
	"id" text PRIMARY KEY NOT NULL,
	"listing_id" text NOT NULL,
	"buyer_ref" text NOT NULL,
	"ordered_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trader" (
	"id" text PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"legal_name" text,
	"country" text,
	"status" text NOT NULL,
	"joined_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_effect" (
	"key" text PRIMARY KEY NOT NULL,
	"done_at" timestamp (3) with time zone NOT NULL,
	"result" jsonb
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"subject_seq" bigint NOT NULL,
	"ledger_seq" bigint,
	"payload" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"delivered_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox_subject_seq" (
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"last_seq" bigint NOT NULL,
	CONSTRAINT "outbox_subject_seq_subject_type_subject_id_pk" PRIMARY KEY("subject_type","subject_id")
);
--> statement-breakpoint
CREATE TABLE "ledger_checkpoint" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"signed_at" timestamp (3) with time zone NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_event" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"type" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"model_version" text,
	"payload" jsonb NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "ledger_event_id_unique" UNIQUE("id")
);
--> statement-breakpoint
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing" ADD CONSTRAINT "listing_trader_id_trader_id_fk" FOREIGN KEY ("trader_id") REFERENCES "public"."trader"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_version" ADD CONSTRAINT "listing_version_listing_id_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order" ADD CONSTRAINT "order_listing_id_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_session_user_idx" ON "user_session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "item_trader_idx" ON "item" USING btree ("trader_id");--> statement-breakpoint
CREATE INDEX "item_url_idx" ON "item" USING btree ("url");--> statement-breakpoint
CREATE INDEX "listing_trader_idx" ON "listing" USING btree ("trader_id","id");--> statement-breakpoint
CREATE INDEX "listing_visibility_idx" ON "listing" USING btree ("visibility","id");--> statement-breakpoint
CREATE INDEX "listing_language_idx" ON "listing" USING btree ("language","id");--> statement-breakpoint
CREATE INDEX "order_listing_idx" ON "order" USING btree ("listing_id","ordered_at");--> statement-breakpoint
CREATE INDEX "trader_status_idx" ON "trader" USING btree ("status");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_subject_idx" ON "outbox" USING btree ("subject_type","subject_id","subject_seq");--> statement-breakpoint
CREATE INDEX "ledger_event_subject_idx" ON "ledger_event" USING btree ("subject_type","subject_id","seq");--> statement-breakpoint
CREATE INDEX "ledger_event_type_idx" ON "ledger_event" USING btree ("type","at");