-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timezoneSetAt" TIMESTAMPTZ(3);

-- Accounts that existed before keep the zone they have: a browser's zone never replaces it silently.
UPDATE "User" SET "timezoneSetAt" = "updatedAt";
