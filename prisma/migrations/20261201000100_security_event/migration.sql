-- CreateTable
CREATE TABLE "security_event" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "unit_id" INTEGER,
    "target" JSONB,
    "ip" TEXT,
    "user_agent" TEXT,
    "suppressed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "security_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "security_event_at_idx" ON "security_event"("at");

-- CreateIndex
CREATE INDEX "security_event_user_id_at_idx" ON "security_event"("user_id", "at");

-- AddForeignKey
ALTER TABLE "security_event" ADD CONSTRAINT "security_event_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The security log keeps its rows: no DELETE, no TRUNCATE, and no UPDATE but one that only raises
-- the count of suppressed refusals. As in the audit log's trigger, the function body is an E''
-- string whose statement terminators are written \073 (Prisma's PostgreSQL adapter splits
-- migration scripts at every semicolon).
CREATE FUNCTION "security_event_reject_change"() RETURNS trigger LANGUAGE plpgsql AS
    E'BEGIN IF TG_OP = ''UPDATE'' THEN IF NEW.suppressed > OLD.suppressed AND to_jsonb(NEW) - ''suppressed'' = to_jsonb(OLD) - ''suppressed'' THEN RETURN NEW\073 END IF\073 END IF\073 RAISE EXCEPTION ''security_event is append-only: % is not allowed'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END';

CREATE TRIGGER "security_event_append_only" BEFORE UPDATE OR DELETE ON "security_event"
    FOR EACH ROW EXECUTE FUNCTION "security_event_reject_change"();

CREATE TRIGGER "security_event_no_truncate" BEFORE TRUNCATE ON "security_event"
    FOR EACH STATEMENT EXECUTE FUNCTION "security_event_reject_change"();
