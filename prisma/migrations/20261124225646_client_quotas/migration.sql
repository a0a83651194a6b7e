-- CreateEnum
CREATE TYPE "BookingChangeKind" AS ENUM ('BOOKED', 'RESCHEDULED', 'CANCELLED');

-- AlterTable
ALTER TABLE "ProviderSettings" ADD COLUMN     "maxActiveAppointmentsPerClient" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "maxChangesPerClientPerDay" INTEGER NOT NULL DEFAULT 20;

-- CreateTable
CREATE TABLE "BookingChange" (
    "id" UUID NOT NULL,
    "appointmentId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "kind" "BookingChangeKind" NOT NULL,
    "byClient" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BookingChange_clientId_createdAt_idx" ON "BookingChange"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "BookingChange_appointmentId_idx" ON "BookingChange"("appointmentId");

-- AddForeignKey
ALTER TABLE "BookingChange" ADD CONSTRAINT "BookingChange_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingChange" ADD CONSTRAINT "BookingChange_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: keep the quotas within what the API accepts.
ALTER TABLE "ProviderSettings" ADD CONSTRAINT "ProviderSettings_client_quotas"
    CHECK ("maxActiveAppointmentsPerClient" BETWEEN 1 AND 100 AND "maxChangesPerClientPerDay" BETWEEN 1 AND 1000);
