-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "outcomeRecordedAt" TIMESTAMPTZ(3);

-- A no-show can only have been recorded by the provider.
UPDATE "Appointment" SET "outcomeRecordedAt" = "updatedAt" WHERE "status" = 'NO_SHOW';
