-- A month opens for entry once it has ended, or this many days before its end when the reporting
-- rule in force allows it (communes that count at the month's end). 0 for the rules in place.
ALTER TABLE "reporting_rule" ADD COLUMN "opens_days_before_end" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "reporting_rule" ADD CONSTRAINT "reporting_rule_opens_days_before_end_range"
  CHECK ("opens_days_before_end" BETWEEN 0 AND 10);
