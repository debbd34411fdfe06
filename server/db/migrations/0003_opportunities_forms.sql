CREATE TABLE "form_submission_revisions" (
	"submission_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"template_version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "form_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	"completeness" integer NOT NULL,
	"provenance" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"customer_id" uuid,
	"lead_id" uuid,
	"owner_id" uuid NOT NULL,
	"industry" text NOT NULL,
	"amount" bigint NOT NULL,
	"expected_close" date NOT NULL,
	"stage" text NOT NULL,
	"outcome" text DEFAULT 'open' NOT NULL,
	"stage_entered_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"frozen" boolean DEFAULT false NOT NULL,
	"template_id" uuid,
	"assessment_template_id" uuid,
	"gates_artifact_id" uuid,
	"gates_artifact_version" integer,
	"payment_terms_days" integer,
	"tracks" jsonb DEFAULT '{"sales":{},"delivery":{}}'::jsonb NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_via" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunity_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "form_submission_revisions" ADD CONSTRAINT "form_submission_revisions_submission_id_form_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "form_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submission_revisions" ADD CONSTRAINT "form_submission_revisions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_events" ADD CONSTRAINT "opportunity_events_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "form_submission_revisions_pk" ON "form_submission_revisions" USING btree ("submission_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "form_submissions_template_subject" ON "form_submissions" USING btree ("template_id","subject_id");--> statement-breakpoint
CREATE INDEX "form_submissions_subject" ON "form_submissions" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "opportunities_owner_outcome" ON "opportunities" USING btree ("owner_id","outcome");--> statement-breakpoint
CREATE INDEX "opportunities_customer" ON "opportunities" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "opportunities_expected_close" ON "opportunities" USING btree ("expected_close");--> statement-breakpoint
CREATE INDEX "opportunities_lead" ON "opportunities" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "opportunity_events_opp" ON "opportunity_events" USING btree ("opportunity_id","at");