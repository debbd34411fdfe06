ALTER TABLE "lead_events" DROP CONSTRAINT "lead_events_lead_id_leads_id_fk";
--> statement-breakpoint
ALTER TABLE "sla_clocks" DROP CONSTRAINT "sla_clocks_lead_id_leads_id_fk";
