-- CreateTable
CREATE TABLE "GeneratedDate" (
    "date" TEXT NOT NULL,

    CONSTRAINT "GeneratedDate_pkey" PRIMARY KEY ("date")
);

-- Slots generated before this table existed: their local dates, in the provider's time zone.
INSERT INTO "GeneratedDate" ("date")
SELECT DISTINCT to_char(s."startTime" AT TIME ZONE COALESCE((SELECT "timezone" FROM "ProviderSettings" WHERE "id" = 1), 'Europe/Luxembourg'), 'YYYY-MM-DD')
FROM "TimeSlot" s
ON CONFLICT DO NOTHING;
