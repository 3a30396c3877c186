-- The chair's conduct of a meeting: suspension, adoption of the agenda, and when each item was taken up and concluded.
ALTER TABLE "Session" ADD COLUMN "suspendedAt" TIMESTAMP(3),
ADD COLUMN "agendaAdoptedAt" TIMESTAMP(3),
ADD COLUMN "orallyAmended" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "adoptionNote" TEXT,
ADD COLUMN "meetingRevision" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "AgendaItem" ADD COLUMN "takenUpAt" TIMESTAMP(3),
ADD COLUMN "concludedAt" TIMESTAMP(3);

-- One item at a time is under consideration, whatever two consoles do at once.
CREATE UNIQUE INDEX "AgendaItem_one_under_consideration" ON "AgendaItem"("sessionId") WHERE "status" = 'UNDER_CONSIDERATION';
