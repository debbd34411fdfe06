CREATE TABLE "calibration_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"manager_id" uuid,
	"week" date NOT NULL,
	"deviations" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_score_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"score" double precision NOT NULL,
	"signal_ids" jsonb NOT NULL,
	"artifact_id" uuid,
	"artifact_version" integer,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"signal_id" text NOT NULL,
	"note" text,
	"link" text,
	"file_name" text,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forecast_snapshots" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"week" date NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"opportunity_id" uuid,
	"owner_id" uuid,
	"period" text NOT NULL,
	"score" double precision,
	"probability" double precision,
	"amount" double precision,
	"actual" double precision,
	"artifact_id" uuid,
	"artifact_version" integer
);
--> statement-breakpoint
CREATE TABLE "payment_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"invoice_date" date NOT NULL,
	"paid_date" date,
	"days" integer NOT NULL,
	"terms_days" integer,
	"amount" double precision,
	"source" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calibration_tasks" ADD CONSTRAINT "calibration_tasks_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_tasks" ADD CONSTRAINT "calibration_tasks_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_score_history" ADD CONSTRAINT "deal_score_history_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_signals" ADD CONSTRAINT "deal_signals_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_signals" ADD CONSTRAINT "deal_signals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_snapshots" ADD CONSTRAINT "forecast_snapshots_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_snapshots" ADD CONSTRAINT "forecast_snapshots_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_cycles" ADD CONSTRAINT "payment_cycles_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_cycles" ADD CONSTRAINT "payment_cycles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calibration_tasks_rep_week" ON "calibration_tasks" USING btree ("rep_id","week");--> statement-breakpoint
CREATE INDEX "deal_score_history_opp" ON "deal_score_history" USING btree ("opportunity_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_signals_opp_signal" ON "deal_signals" USING btree ("opportunity_id","signal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "forecast_snapshots_week_subject" ON "forecast_snapshots" USING btree ("week","kind","subject");--> statement-breakpoint
CREATE INDEX "forecast_snapshots_owner" ON "forecast_snapshots" USING btree ("owner_id","week");--> statement-breakpoint
CREATE INDEX "forecast_snapshots_opp" ON "forecast_snapshots" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "payment_cycles_customer" ON "payment_cycles" USING btree ("customer_id","invoice_date");