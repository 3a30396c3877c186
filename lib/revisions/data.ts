import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { toLocalizedText } from "../i18n/localized-text";
import { asLocale } from "../i18n/locales";
import { isoDay } from "../validation/dates";
import { revisionChanges } from "./changes";
import { publishedText } from "../translations/published-text";
import { nextIssueSymbol } from "./symbols";
import type { IssuedContent, IssueKind, PendingRevision, PublicRevision, RevisionChange } from "./types";

type Reader = Db | Prisma.TransactionClient;

/** The live rows an issue fixes: the header, notes, items with their documentation, and the slots. */
export const issuedContentSelect = {
  title: true,
  venue: true,
  documentTitle: true,
  translationStates: true,
  startDate: true,
  endDate: true,
  plenaryMeetings: true,
  interpretationLanguages: true,
  notes: { orderBy: { position: "asc" }, select: { kind: true, date: true, text: true } },
  items: {
    orderBy: [{ position: "asc" }],
    select: {
      id: true,
      parentId: true,
      position: true,
      title: true,
      annotation: true,
      translationStates: true,
      documents: { orderBy: { position: "asc" }, select: { documentId: true } },
    },
  },
  slots: {
    orderBy: [{ date: "asc" }, { startMinutes: "asc" }],
    select: {
      id: true,
      date: true,
      startMinutes: true,
      endMinutes: true,
      updatedAt: true,
      items: { orderBy: { position: "asc" }, select: { itemId: true } },
    },
  },
} satisfies Prisma.SessionSelect;

/** What the issues list carries to the public page: everything but the content, which only the latest needs. */
export const issueSummarySelect = {
  sequence: true,
  kind: true,
  number: true,
  symbol: true,
  issuedAt: true,
  changes: true,
} satisfies Prisma.SessionIssueSelect;

type ContentRow = Prisma.SessionGetPayload<{ select: typeof issuedContentSelect }>;

const states = (value: unknown): Record<string, string> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      )
    : {};

/** The live rows as the content of an issue. */
export function contentOfRow(row: ContentRow): IssuedContent {
  return {
    title: toLocalizedText(row.title),
    venue: toLocalizedText(row.venue),
    documentTitle: toLocalizedText(row.documentTitle),
    translationStates: states(row.translationStates),
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    plenaryMeetings: row.plenaryMeetings,
    interpretationLanguages: row.interpretationLanguages,
    notes: row.notes.map((note) => ({
      kind: note.kind,
      date: note.date ? isoDay(note.date) : null,
      text: toLocalizedText(note.text),
    })),
    items: row.items.map((item) => ({
      id: item.id,
      parentId: item.parentId,
      position: item.position,
      title: toLocalizedText(item.title),
      annotation: toLocalizedText(item.annotation),
      translationStates: states(item.translationStates),
      documentIds: item.documents.map((link) => link.documentId),
    })),
    slots: row.slots.map((slot) => ({
      id: slot.id,
      date: isoDay(slot.date),
      startMinutes: slot.startMinutes,
      endMinutes: slot.endMinutes,
      itemIds: slot.items.map((entry) => entry.itemId),
      updatedAt: slot.updatedAt.toISOString(),
    })),
  };
}

/** The day of an instant in the session's time zone: an agenda issued late on 27 June in New York is dated 27 June. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/** The revisions and corrigenda a public page lists, newest first. */
export function publicRevisions(
  issues: Array<Prisma.SessionIssueGetPayload<{ select: typeof issueSummarySelect }>>,
  timeZone: string,
): PublicRevision[] {
  return issues
    .filter((issue) => issue.kind !== "ORIGINAL")
    .sort((a, b) => b.sequence - a.sequence)
    .map((issue) => ({
      kind: issue.kind as PublicRevision["kind"],
      number: issue.number,
      symbol: issue.symbol,
      issuedOn: dayIn(issue.issuedAt, timeZone),
      changes: Array.isArray(issue.changes) ? (issue.changes as unknown as RevisionChange[]) : [],
    }));
}

/** Documents' symbols by id, for the changelog's documentation lines. */
export async function documentSymbols(db: Reader, contents: IssuedContent[]): Promise<Map<string, string>> {
  const ids = [...new Set(contents.flatMap((content) => content.items.flatMap((item) => item.documentIds)))];
  if (ids.length === 0) return new Map();
  const rows = await db.document.findMany({ where: { id: { in: ids } }, select: { id: true, symbol: true } });
  return new Map(rows.map((row) => [row.id, row.symbol]));
}

export interface IssueState {
  pending: PendingRevision;
  /** The live rows, as the next issue would fix them. */
  content: IssuedContent;
  revisionCount: number;
  /** Corrigenda to the text in force (since the latest revision). */
  corrigendumCount: number;
}

/**
 * The latest issue against the live rows, or null for a session never issued (a draft). Three queries: the live rows,
 * the issues, and the symbols of the documents whose links changed.
 */
export async function readIssueState(db: Reader, sessionId: string): Promise<IssueState | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      ...issuedContentSelect,
      originalLanguage: true,
      timeZone: true,
      issues: { orderBy: { sequence: "desc" }, select: { ...issueSummarySelect, content: true } },
    },
  });
  const latest = row?.issues[0];
  if (!row || !latest) return null;
  const original = asLocale(row.originalLanguage);
  const content = contentOfRow(row);
  const issued = latest.content as unknown as IssuedContent;
  const symbols = await documentSymbols(db, [issued, content]);
  const changes = revisionChanges(issued, content, original, symbols, (item, value, field) =>
    publishedText(value, field, item.translationStates, original),
  );
  const lastRevision = row.issues.find((issue) => issue.kind !== "CORRIGENDUM");
  const count = (kind: IssueKind, after = -1) =>
    row.issues.filter((issue) => issue.kind === kind && issue.sequence > after).length;
  const originalSymbol = row.issues.find((issue) => issue.kind === "ORIGINAL")?.symbol ?? null;
  const revisionCount = count("REVISION");
  const corrigendumCount = count("CORRIGENDUM", lastRevision?.sequence);
  return {
    content,
    revisionCount,
    corrigendumCount,
    pending: {
      latest: {
        kind: latest.kind,
        number: latest.number,
        symbol: latest.symbol,
        issuedOn: dayIn(latest.issuedAt, row.timeZone),
        sequence: latest.sequence,
      },
      changes,
      nextRevisionSymbol: nextIssueSymbol(originalSymbol, "REVISION", revisionCount + 1),
      nextCorrigendumSymbol: nextIssueSymbol(lastRevision?.symbol ?? null, "CORRIGENDUM", corrigendumCount + 1),
    },
  };
}

/** What issuing now would change for the public, or null for a session never issued. */
export async function getPendingRevision(db: Reader, sessionId: string): Promise<PendingRevision | null> {
  return (await readIssueState(db, sessionId))?.pending ?? null;
}
