-- The audit log is append-only: TRUNCATE, which row triggers do not see, is refused as well.
-- Emptying it is left to the demo reset (prisma/seed/reset.ts), which in its own transaction
-- disables this trigger and the row trigger, truncates and enables both again: only the owner of
-- the table may do that, and the whole reset commits or nothing does.
CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_reject_change"();
