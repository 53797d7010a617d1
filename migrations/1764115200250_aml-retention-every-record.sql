-- Up Migration

-- Every table of a player's AML records carries its retention date (issue 15, item 5), as the alerts, cases, holds
-- and SARs already do: the case timelines, notes and SAR drafts, and the monitor's recorded history (its evaluation
-- log, the monitored payments, turnover by minute). domain/aml/retention.ts lists them all; the daily job stamps the
-- dates and purges only what is due.
ALTER TABLE aml_case_events ADD COLUMN retain_until TIMESTAMPTZ;
ALTER TABLE aml_case_notes ADD COLUMN retain_until TIMESTAMPTZ;
ALTER TABLE aml_sar_revisions ADD COLUMN retain_until TIMESTAMPTZ;
ALTER TABLE aml_evaluations ADD COLUMN retain_until TIMESTAMPTZ;
ALTER TABLE aml_monitored_events ADD COLUMN retain_until TIMESTAMPTZ;
ALTER TABLE aml_turnover_buckets ADD COLUMN retain_until TIMESTAMPTZ;

-- Down Migration
ALTER TABLE aml_turnover_buckets DROP COLUMN retain_until;
ALTER TABLE aml_monitored_events DROP COLUMN retain_until;
ALTER TABLE aml_evaluations DROP COLUMN retain_until;
ALTER TABLE aml_sar_revisions DROP COLUMN retain_until;
ALTER TABLE aml_case_notes DROP COLUMN retain_until;
ALTER TABLE aml_case_events DROP COLUMN retain_until;
