-- CreateTable
CREATE TABLE "SlotEvent" (
    "seq" BIGSERIAL NOT NULL,
    "eventId" UUID NOT NULL,
    "slots" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlotEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "SlotEvent_eventId_key" ON "SlotEvent"("eventId");

-- CreateIndex
CREATE INDEX "SlotEvent_createdAt_idx" ON "SlotEvent"("createdAt");
