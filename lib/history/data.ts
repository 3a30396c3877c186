import "server-only";
import { orderedItems } from "../agenda/numbering";
import type { Db } from "../db";
import { toLocalizedText, type LocalizedText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import { MAX_PAGE } from "../validation/params";
import { diffAudit, type FieldChange } from "../audit/diff";
import { MEETING_ACTION_PREFIX } from "../audit/live-change";
import type { RevisionChange } from "../revisions/types";

/** The audit action of issuing a revision or corrigendum (lib/revisions/mutations.ts). */
const ISSUE_ACTION_PREFIX = "issue:";

export const HISTORY_PAGE_SIZE = 50;

/** What an event was about, as a reader recognises it. */
export interface HistorySubject {
  /** An agenda item's derived number or a document's symbol; null when there is none (or the item is gone). */
  reference: string | null;
  /** The item's title, the body's name… from the live row when it exists, else from the event's snapshot. */
  text: LocalizedText;
  /** False when the row has since been deleted. */
  exists: boolean;
}

/** What a sentence about an action of the chair needs beyond its item (see lib/meeting/snapshot.ts). */
export interface MeetingEventDetail {
  orallyAmended: boolean;
  note: string | null;
  /** For an undo: the command it took back ("take-up"…). */
  undoes: string | null;
}

export interface HistoryEvent {
  id: string;
  /** ISO instant. */
  at: string;
  userName: string | null;
  entityType: string;
  entityId: string;
  action: string;
  subject: HistorySubject;
  changes: FieldChange[];
  /** Set for the chair's console actions ("meeting.*"), told as one sentence instead of a list of changes. */
  meeting: MeetingEventDetail | null;
  /** Set for a revision or corrigendum issued ("issue:*"): its symbol and changelog, told as the public reads them. */
  issue: { symbol: string | null; changes: RevisionChange[] } | null;
}

export interface HistoryItemOption {
  id: string;
  number: string;
  title: LocalizedText;
}

export interface HistoryPage {
  events: HistoryEvent[];
  page: number;
  hasOlder: boolean;
  /** The session's agenda items in agenda order, for the filter. */
  items: HistoryItemOption[];
}

function snapshotField(before: unknown, after: unknown, field: string): unknown {
  for (const snapshot of [after, before]) {
    if (snapshot && typeof snapshot === "object" && field in snapshot)
      return (snapshot as Record<string, unknown>)[field];
  }
  return undefined;
}

const snapshotText = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

function issueDetail(action: string, after: unknown): HistoryEvent["issue"] {
  if (!action.startsWith(ISSUE_ACTION_PREFIX)) return null;
  const symbol = snapshotField(null, after, "symbol");
  const changes = snapshotField(null, after, "changes");
  return {
    symbol: typeof symbol === "string" ? symbol : null,
    changes: Array.isArray(changes) ? (changes as RevisionChange[]) : [],
  };
}

function meetingDetail(action: string, after: unknown): MeetingEventDetail | null {
  if (!action.startsWith(MEETING_ACTION_PREFIX)) return null;
  const snapshot = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const session = (snapshot.session && typeof snapshot.session === "object" ? snapshot.session : {}) as Record<
    string,
    unknown
  >;
  return {
    orallyAmended: session.orallyAmended === true,
    note: snapshotText(session.adoptionNote),
    undoes: snapshotText(snapshot.undoes),
  };
}

// Snapshot fields that hold agenda item ids, shown as the items' numbers.
const ITEM_REFERENCES = new Set(["parentId", "itemId", "itemIds"]);

function withItemNumbers(change: FieldChange, numbers: ReadonlyMap<string, string>): FieldChange {
  if (!ITEM_REFERENCES.has(change.field)) return change;
  const number = (value: unknown): unknown =>
    typeof value === "string" ? (numbers.get(value) ?? value) : Array.isArray(value) ? value.map(number) : value;
  return { ...change, before: number(change.before), after: number(change.after) };
}

/**
 * One page of a session's audit log, newest first, optionally only the events of one agenda item.
 * Four queries whatever the page holds; users are read by name only.
 */
export async function listSessionHistory(
  db: Db,
  sessionId: string,
  options: { page?: number; itemId?: string | null; locale: Locale },
): Promise<HistoryPage> {
  // Callers pass pageParam's result; clamped again so that no page number can overflow the query's offset.
  const requested = Math.floor(options.page ?? 1);
  const page = Number.isFinite(requested) ? Math.min(Math.max(1, requested), MAX_PAGE) : 1;
  const [rows, itemRows] = await Promise.all([
    db.auditEvent.findMany({
      where: { sessionId, ...(options.itemId ? { entityType: "AgendaItem", entityId: options.itemId } : {}) },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE + 1,
      select: {
        id: true,
        at: true,
        entityType: true,
        entityId: true,
        action: true,
        before: true,
        after: true,
        user: { select: { name: true } },
      },
    }),
    db.agendaItem.findMany({ where: { sessionId }, select: { id: true, parentId: true, position: true, title: true } }),
  ]);
  const shown = rows.slice(0, HISTORY_PAGE_SIZE);
  const documentIds = [...new Set(shown.filter((row) => row.entityType === "Document").map((row) => row.entityId))];
  const documents = documentIds.length
    ? await db.document.findMany({
        where: { id: { in: documentIds } },
        select: { id: true, symbol: true, title: true },
      })
    : [];
  const items = orderedItems(itemRows, options.locale).map((item) => ({
    id: item.id,
    number: item.number,
    title: toLocalizedText(item.title),
  }));
  const itemById = new Map(items.map((item) => [item.id, item]));
  const numbers = new Map(items.map((item) => [item.id, item.number]));
  const documentById = new Map(documents.map((doc) => [doc.id, doc]));

  function subject(row: (typeof shown)[number]): HistorySubject {
    const field = (name: string) => snapshotField(row.before, row.after, name);
    switch (row.entityType) {
      case "AgendaItem": {
        const item = itemById.get(row.entityId);
        return item
          ? { reference: item.number, text: item.title, exists: true }
          : { reference: null, text: toLocalizedText(field("title")), exists: false };
      }
      case "Document": {
        const doc = documentById.get(row.entityId);
        if (doc) return { reference: doc.symbol, text: toLocalizedText(doc.title), exists: true };
        return { reference: snapshotText(field("symbol")), text: toLocalizedText(field("title")), exists: false };
      }
      case "Body":
        return { reference: snapshotText(field("symbolPrefix")), text: toLocalizedText(field("name")), exists: true };
      case "TimeSlot":
        return { reference: snapshotText(field("date"))?.slice(0, 10) ?? null, text: {}, exists: true };
      default:
        return { reference: null, text: {}, exists: true };
    }
  }

  return {
    events: shown.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      userName: row.user?.name ?? null,
      entityType: row.entityType,
      entityId: row.entityId,
      action: row.action,
      subject: subject(row),
      changes:
        row.action.startsWith(MEETING_ACTION_PREFIX) || row.action.startsWith(ISSUE_ACTION_PREFIX)
          ? []
          : diffAudit(row.before, row.after).map((change) => withItemNumbers(change, numbers)),
      meeting: meetingDetail(row.action, row.after),
      issue: issueDetail(row.action, row.after),
    })),
    page,
    hasOlder: rows.length > HISTORY_PAGE_SIZE,
    items,
  };
}
