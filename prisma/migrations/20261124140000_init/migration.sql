-- Exclusion constraints on ranges of timestamps need btree_gist.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CLIENT', 'PROVIDER');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "firebaseUid" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'Europe/Luxembourg',
    "role" "Role" NOT NULL DEFAULT 'CLIENT',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeSlot" (
    "id" UUID NOT NULL,
    "startTime" TIMESTAMPTZ(3) NOT NULL,
    "endTime" TIMESTAMPTZ(3) NOT NULL,
    "isBlocked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TimeSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "slotId" UUID NOT NULL,
    "startTime" TIMESTAMPTZ(3) NOT NULL,
    "endTime" TIMESTAMPTZ(3) NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'SCHEDULED',
    "notes" TEXT,
    "cancelReason" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "googleEventId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "timezone" TEXT NOT NULL DEFAULT 'Europe/Luxembourg',
    "slotMinutes" INTEGER NOT NULL DEFAULT 30,
    "cancellationNoticeHours" INTEGER NOT NULL DEFAULT 24,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProviderSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WeeklyHours" (
    "id" SERIAL NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "WeeklyHours_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_firebaseUid_key" ON "User"("firebaseUid");

-- CreateIndex
CREATE UNIQUE INDEX "TimeSlot_startTime_key" ON "TimeSlot"("startTime");

-- CreateIndex
CREATE INDEX "Appointment_userId_startTime_idx" ON "Appointment"("userId", "startTime");

-- CreateIndex
CREATE INDEX "Appointment_startTime_idx" ON "Appointment"("startTime");

-- CreateIndex
CREATE INDEX "Appointment_status_startTime_idx" ON "Appointment"("status", "startTime");

-- CreateIndex
CREATE INDEX "Appointment_slotId_idx" ON "Appointment"("slotId");

-- CreateIndex
CREATE INDEX "WeeklyHours_weekday_startMinute_idx" ON "WeeklyHours"("weekday", "startMinute");

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "TimeSlot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: invariants Prisma cannot express. The database, not the application,
-- guarantees that slots never overlap and that no slot or time is booked twice.
ALTER TABLE "TimeSlot" ADD CONSTRAINT "TimeSlot_end_after_start" CHECK ("endTime" > "startTime");
ALTER TABLE "TimeSlot" ADD CONSTRAINT "TimeSlot_no_overlap"
    EXCLUDE USING gist (tstzrange("startTime", "endTime") WITH &&);

ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_end_after_start" CHECK ("endTime" > "startTime");
CREATE UNIQUE INDEX "Appointment_one_active_per_slot" ON "Appointment"("slotId") WHERE "status" = 'SCHEDULED';
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_no_overlap_active"
    EXCLUDE USING gist (tstzrange("startTime", "endTime") WITH &&) WHERE ("status" = 'SCHEDULED');

ALTER TABLE "ProviderSettings" ADD CONSTRAINT "ProviderSettings_single_row" CHECK ("id" = 1);
ALTER TABLE "ProviderSettings" ADD CONSTRAINT "ProviderSettings_slot_minutes" CHECK ("slotMinutes" BETWEEN 15 AND 240);

ALTER TABLE "WeeklyHours" ADD CONSTRAINT "WeeklyHours_weekday" CHECK ("weekday" BETWEEN 1 AND 7);
ALTER TABLE "WeeklyHours" ADD CONSTRAINT "WeeklyHours_interval"
    CHECK ("startMinute" >= 0 AND "endMinute" <= 1440 AND "endMinute" > "startMinute");
