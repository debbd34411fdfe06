CREATE TABLE "knowledge_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"category" text NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"url" text,
	"updated_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pre_check_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"trigger_id" text NOT NULL,
	"title" jsonb NOT NULL,
	"assignee_id" uuid,
	"assignee_role" text NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"knowledge_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"verdict" text,
	"note" text,
	"knowledge_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"form_template_id" uuid,
	"form_template_version" integer,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requirement_comparisons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"rate" double precision NOT NULL,
	"threshold" double precision NOT NULL,
	"tripped" boolean NOT NULL,
	"fields" jsonb NOT NULL,
	"requirements_submission_id" uuid NOT NULL,
	"requirements_revision" integer NOT NULL,
	"requirements_template_id" uuid NOT NULL,
	"requirements_template_version" integer NOT NULL,
	"assessment_submission_id" uuid NOT NULL,
	"assessment_revision" integer NOT NULL,
	"assessment_template_id" uuid NOT NULL,
	"assessment_template_version" integer NOT NULL,
	"gates_artifact_id" uuid,
	"gates_artifact_version" integer,
	"sales_data" jsonb NOT NULL,
	"delivery_data" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"comparison_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"from_stage" text NOT NULL,
	"target_stage" text NOT NULL,
	"assignee_ids" jsonb NOT NULL,
	"approver_roles" jsonb NOT NULL,
	"due_at" timestamp with time zone,
	"decision" text,
	"note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "knowledge_entries" ADD CONSTRAINT "knowledge_entries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_check_tickets" ADD CONSTRAINT "pre_check_tickets_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_check_tickets" ADD CONSTRAINT "pre_check_tickets_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_check_tickets" ADD CONSTRAINT "pre_check_tickets_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_comparisons" ADD CONSTRAINT "requirement_comparisons_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_comparisons" ADD CONSTRAINT "requirement_comparisons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_comparison_id_requirement_comparisons_id_fk" FOREIGN KEY ("comparison_id") REFERENCES "requirement_comparisons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_entries_key" ON "knowledge_entries" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "pre_check_tickets_opp_trigger" ON "pre_check_tickets" USING btree ("opportunity_id","trigger_id");--> statement-breakpoint
CREATE INDEX "pre_check_tickets_assignee" ON "pre_check_tickets" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "requirement_comparisons_opp" ON "requirement_comparisons" USING btree ("opportunity_id","created_at");--> statement-breakpoint
CREATE INDEX "requirement_comparisons_month" ON "requirement_comparisons" USING btree ("created_at","rate");--> statement-breakpoint
CREATE INDEX "reviews_opp" ON "reviews" USING btree ("opportunity_id","status");