-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('DRAFT', 'PROVISIONAL', 'ADOPTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('PENDING', 'UNDER_CONSIDERATION', 'ADOPTED', 'CONCLUDED', 'DEFERRED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('PROVISIONAL_AGENDA', 'BACKGROUND_PAPER', 'CONFERENCE_ROOM_PAPER', 'NOTE_BY_SECRETARIAT', 'REPORT', 'RESOLUTION', 'DRAFT_RESOLUTION', 'DECISION', 'INFORMATION_DOCUMENT', 'WORKING_PAPER', 'OTHER');

-- CreateEnum
CREATE TYPE "Distribution" AS ENUM ('GENERAL', 'LIMITED', 'RESTRICTED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SECRETARIAT', 'CHAIR', 'DELEGATE');

-- CreateEnum
CREATE TYPE "SessionTerm" AS ENUM ('SESSION', 'MEETING');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('BUREAU_DECISION', 'OTHER');

-- CreateTable
CREATE TABLE "Body" (
    "id" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "symbolPrefix" TEXT NOT NULL,
    "sessionTerm" "SessionTerm" NOT NULL DEFAULT 'SESSION',
    "originalLanguage" VARCHAR(2) NOT NULL DEFAULT 'en',
    "translationStates" JSONB NOT NULL DEFAULT '{}',
    "parentId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Body_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "venue" JSONB NOT NULL,
    "documentTitle" JSONB NOT NULL DEFAULT '{}',
    "timeZone" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "agendaSymbol" TEXT,
    "originalLanguage" VARCHAR(2) NOT NULL,
    "translationStates" JSONB NOT NULL DEFAULT '{}',
    "plenaryMeetings" INTEGER NOT NULL DEFAULT 0,
    "interpretationLanguages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "SessionStatus" NOT NULL DEFAULT 'DRAFT',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionNote" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "kind" "NoteKind" NOT NULL DEFAULT 'OTHER',
    "date" DATE,
    "text" JSONB NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "parentId" TEXT,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "annotation" JSONB NOT NULL DEFAULT '{}',
    "translationStates" JSONB NOT NULL DEFAULT '{}',
    "status" "ItemStatus" NOT NULL DEFAULT 'PENDING',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL DEFAULT 'OTHER',
    "issuedBy" JSONB NOT NULL DEFAULT '{}',
    "issuedOn" DATE,
    "distribution" "Distribution" NOT NULL DEFAULT 'GENERAL',
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "originalLanguage" VARCHAR(2) NOT NULL DEFAULT 'en',
    "translationStates" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "locale" VARCHAR(2) NOT NULL,
    "url" TEXT,
    "fileRef" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemDocument" (
    "itemId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "AgendaItemDocument_pkey" PRIMARY KEY ("itemId","documentId")
);

-- CreateTable
CREATE TABLE "TimeSlot" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "startMinutes" INTEGER NOT NULL,
    "endMinutes" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimeSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeSlotItem" (
    "slotId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TimeSlotItem_pkey" PRIMARY KEY ("slotId","itemId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'DELEGATE',
    "passwordHash" TEXT,
    "disabledAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionChair" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionChair_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "sessionId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemSetting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SystemSetting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Body_symbolPrefix_key" ON "Body"("symbolPrefix");

-- CreateIndex
CREATE UNIQUE INDEX "Session_slug_key" ON "Session"("slug");

-- CreateIndex
CREATE INDEX "Session_status_startDate_idx" ON "Session"("status", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Session_bodyId_ordinal_key" ON "Session"("bodyId", "ordinal");

-- CreateIndex
CREATE INDEX "SessionNote_sessionId_position_idx" ON "SessionNote"("sessionId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_sessionId_parentId_position_idx" ON "AgendaItem"("sessionId", "parentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Document_symbol_key" ON "Document"("symbol");

-- CreateIndex
CREATE INDEX "Document_bodyId_idx" ON "Document"("bodyId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentVersion_documentId_locale_key" ON "DocumentVersion"("documentId", "locale");

-- CreateIndex
CREATE INDEX "AgendaItemDocument_documentId_idx" ON "AgendaItemDocument"("documentId");

-- CreateIndex
CREATE INDEX "TimeSlot_sessionId_date_startMinutes_idx" ON "TimeSlot"("sessionId", "date", "startMinutes");

-- CreateIndex
CREATE INDEX "TimeSlotItem_itemId_idx" ON "TimeSlotItem"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "SessionChair_userId_idx" ON "SessionChair"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_sessionId_at_idx" ON "AuditEvent"("sessionId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemDocument" ADD CONSTRAINT "AgendaItemDocument_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemDocument" ADD CONSTRAINT "AgendaItemDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeSlot" ADD CONSTRAINT "TimeSlot_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeSlotItem" ADD CONSTRAINT "TimeSlotItem_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "TimeSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeSlotItem" ADD CONSTRAINT "TimeSlotItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChair" ADD CONSTRAINT "SessionChair_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChair" ADD CONSTRAINT "SessionChair_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Invariants Prisma cannot express: they hold even for writes that bypass the application.
ALTER TABLE "Session" ADD CONSTRAINT "Session_ordinal_positive" CHECK ("ordinal" > 0);
ALTER TABLE "Session" ADD CONSTRAINT "Session_dates_ordered" CHECK ("endDate" >= "startDate");
ALTER TABLE "Session" ADD CONSTRAINT "Session_plenaryMeetings_nonnegative" CHECK ("plenaryMeetings" >= 0);
ALTER TABLE "TimeSlot" ADD CONSTRAINT "TimeSlot_times_valid" CHECK ("startMinutes" >= 0 AND "endMinutes" <= 1440 AND "endMinutes" > "startMinutes");
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_locale_official" CHECK ("locale" IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
