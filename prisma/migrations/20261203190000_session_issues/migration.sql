-- Issues of a session's agenda (original, revisions, corrigenda): what the public reads.
CREATE TYPE "IssueKind" AS ENUM ('ORIGINAL', 'REVISION', 'CORRIGENDUM');

CREATE TABLE "SessionIssue" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "kind" "IssueKind" NOT NULL,
    "number" INTEGER NOT NULL,
    "symbol" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" TEXT,
    "content" JSONB NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "header" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "SessionIssue_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "SessionIssue_sessionId_sequence_key" ON "SessionIssue"("sessionId", "sequence");

ALTER TABLE "SessionIssue" ADD CONSTRAINT "SessionIssue_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
