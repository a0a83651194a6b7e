-- AlterTable
ALTER TABLE "ProviderSettings" ADD COLUMN     "bufferMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "maxDaysAhead" INTEGER NOT NULL DEFAULT 365,
ADD COLUMN     "minBookingNoticeHours" INTEGER NOT NULL DEFAULT 2;

-- CreateTable
CREATE TABLE "DateOverride" (
    "id" SERIAL NOT NULL,
    "date" TEXT NOT NULL,
    "startMinute" INTEGER,
    "endMinute" INTEGER,
    "note" TEXT,

    CONSTRAINT "DateOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DateOverride_date_idx" ON "DateOverride"("date");

-- Hand-written: keep the rules within what the API accepts.
ALTER TABLE "ProviderSettings" ADD CONSTRAINT "ProviderSettings_booking_rules"
    CHECK ("minBookingNoticeHours" BETWEEN 0 AND 720 AND "maxDaysAhead" BETWEEN 1 AND 730 AND "bufferMinutes" BETWEEN 0 AND 240);
ALTER TABLE "DateOverride" ADD CONSTRAINT "DateOverride_interval"
    CHECK (("startMinute" IS NULL AND "endMinute" IS NULL)
        OR ("startMinute" >= 0 AND "endMinute" <= 1440 AND "endMinute" > "startMinute"));
