-- CreateEnum
CREATE TYPE "MailBreakerState" AS ENUM ('CLOSED', 'OPEN');

-- AlterEnum
ALTER TYPE "DeliveryStatus" ADD VALUE 'SKIPPED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "appointmentStart" TIMESTAMPTZ(3),
ADD COLUMN     "claimToken" UUID,
ADD COLUMN     "ics" TEXT,
ADD COLUMN     "renderedAt" TIMESTAMPTZ(3);

-- Hand-written: e-mails queued before this migration announce the appointment's current start.
UPDATE "Notification" n SET "appointmentStart" = a."startTime" FROM "Appointment" a WHERE a.id = n."appointmentId";
ALTER TABLE "Notification" ALTER COLUMN "appointmentStart" SET NOT NULL;

-- CreateTable
CREATE TABLE "MailServiceState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "breaker" "MailBreakerState" NOT NULL DEFAULT 'CLOSED',
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "openedAt" TIMESTAMPTZ(3),
    "notBefore" TIMESTAMPTZ(3),
    "cooldownMs" INTEGER NOT NULL DEFAULT 0,
    "probeUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MailServiceState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_status_dueAt_idx" ON "Notification"("status", "dueAt");

-- Hand-written: the single row of the breaker shared by every worker.
ALTER TABLE "MailServiceState" ADD CONSTRAINT "MailServiceState_single_row" CHECK ("id" = 1);
INSERT INTO "MailServiceState" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP);
