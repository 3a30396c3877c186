import "server-only";
import type { Actor } from "../auth/types";
import { recordAudit } from "../audit/mutations";
import type { Db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { headerOf } from "./content";
import { contentOfRow, issuedContentSelect, readIssueState } from "./data";
import type { IssueKind } from "./types";

type Tx = Prisma.TransactionClient;

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/**
 * Publishing issues the agenda: what the public reads from now on is fixed here, and later edits wait for a revision.
 * Runs inside the transaction that publishes, so a published session always has what its public page reads.
 */
export async function issueOriginal(tx: Tx, sessionId: string, actorId: string | null): Promise<void> {
  const row = await tx.session.findUniqueOrThrow({
    where: { id: sessionId },
    select: { ...issuedContentSelect, agendaSymbol: true },
  });
  const content = contentOfRow(row);
  await tx.sessionIssue.deleteMany({ where: { sessionId } });
  await tx.sessionIssue.create({
    data: {
      sessionId,
      sequence: 0,
      kind: "ORIGINAL",
      number: 0,
      symbol: row.agendaSymbol,
      issuedById: actorId,
      content: json(content),
      header: json(headerOf(content)),
    },
  });
}

/** Unpublished, a session is no longer issued: publishing it again issues it afresh. The audit keeps the history. */
export async function withdrawIssues(tx: Tx, sessionId: string): Promise<void> {
  await tx.sessionIssue.deleteMany({ where: { sessionId } });
}

export interface IssueRevisionInput {
  id: string;
  kind: Exclude<IssueKind, "ORIGINAL">;
  /** The issue the secretariat saw as the latest: another issue since then is a conflict, not a silent second one. */
  expectedSequence: number;
}

/** Issues the live rows as a revision or corrigendum, with the changelog the public page shows. */
export async function issueRevision(
  db: Db,
  actor: Actor,
  input: IssueRevisionInput,
): Promise<{ symbol: string | null; sequence: number }> {
  return db.$transaction(async (tx) => {
    // One issue at a time per session: a second secretary waits here, then sees the first one's issue.
    await tx.$executeRaw`SELECT 1 FROM "Session" WHERE id = ${input.id} FOR UPDATE`;
    const state = await readIssueState(tx, input.id);
    if (!state) throw new AppError("not-found");
    const { pending, content } = state;
    if (pending.latest.sequence !== input.expectedSequence) {
      throw new AppError("conflict", { details: { latestSequence: pending.latest.sequence } });
    }
    if (pending.changes.length === 0) throw new AppError("invalid-state", { details: { reason: "nothing-to-issue" } });
    const symbol = input.kind === "REVISION" ? pending.nextRevisionSymbol : pending.nextCorrigendumSymbol;
    const sequence = pending.latest.sequence + 1;
    const issue = await tx.sessionIssue.create({
      data: {
        sessionId: input.id,
        sequence,
        kind: input.kind,
        number: input.kind === "REVISION" ? state.revisionCount + 1 : state.corrigendumCount + 1,
        symbol,
        issuedById: actor.id,
        content: json(content),
        header: json(headerOf(content)),
        changes: json(pending.changes),
      },
      select: { id: true, issuedAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: input.id,
      entityType: "Session",
      entityId: input.id,
      action: `issue:${input.kind}`,
      after: { symbol, sequence, changes: pending.changes },
      at: issue.issuedAt,
    });
    return { symbol, sequence };
  });
}

/**
 * Sessions published before issues existed (or written straight into the database) get their original issue from
 * what they show now, so that their next edit is a pending revision too. Run at start-up, under the migration lock.
 */
export async function issueMissingOriginals(db: Db, where: Prisma.SessionWhereInput = {}): Promise<number> {
  const sessions = await db.session.findMany({
    where: { ...where, status: { not: "DRAFT" }, issues: { none: {} } },
    select: { id: true },
  });
  for (const { id } of sessions) await db.$transaction((tx) => issueOriginal(tx, id, null));
  return sessions.length;
}
