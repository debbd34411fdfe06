CREATE TABLE "keyword_df" (
	"term" text PRIMARY KEY NOT NULL,
	"df" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sla_clocks_owner" ON "sla_clocks" USING btree ("owner_id","started_at");