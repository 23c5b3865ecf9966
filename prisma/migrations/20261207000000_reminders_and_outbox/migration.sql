-- Reminders and notifications (README, "Reminders and notifications"): a contact phone on users,
-- how many days before the deadline the communes that have not submitted are reminded, and the
-- outbox holding every message to a user on one channel, with its delivery state.

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('DEADLINE_SOON', 'OVERDUE', 'REMINDER', 'REPORT_RETURNED', 'REPORT_APPROVED', 'REPORT_UNLOCKED');

-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('in_app', 'sms', 'zalo', 'email');

-- CreateEnum
CREATE TYPE "OutboxState" AS ENUM ('pending', 'sent', 'failed');

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "reporting_rule" ADD COLUMN     "remind_days_before_deadline" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" SERIAL NOT NULL,
    "recipient_id" TEXT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "period" DATE NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channel" "OutboxChannel" NOT NULL,
    "state" "OutboxState" NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "dedupe_key" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "sender_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),
    "read_at" TIMESTAMP(3),

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "outbox_message_recipient_id_channel_created_at_idx" ON "outbox_message"("recipient_id", "channel", "created_at");

-- CreateIndex
CREATE INDEX "outbox_message_channel_state_created_at_idx" ON "outbox_message"("channel", "state", "created_at");

-- CreateIndex
CREATE INDEX "outbox_message_unit_id_period_idx" ON "outbox_message"("unit_id", "period");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_message_dedupe_key_recipient_id_channel_key" ON "outbox_message"("dedupe_key", "recipient_id", "channel");

-- AddForeignKey
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_sender_id_fkey" FOREIGN KEY ("sender_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Bounds of the reminder's days, as for the opening of entry: the last days before the deadline.
ALTER TABLE "reporting_rule" ADD CONSTRAINT "reporting_rule_remind_days_before_deadline_range"
  CHECK ("remind_days_before_deadline" BETWEEN 0 AND 10);

-- A message is read only in the app. Attempts are counted up from 0.
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_read_in_app"
  CHECK ("read_at" IS NULL OR "channel" = 'in_app');
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_attempts_not_negative"
  CHECK ("attempts" >= 0);
