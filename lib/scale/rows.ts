import { LOCALES, type Locale } from "../i18n/locales";
import { finalStates, type PlannedSession, type ScaleOptions } from "./plan";
import { sessionSymbols } from "./symbols";
import {
  CLOSING_ITEMS,
  DOCUMENT_TITLES,
  OPENING_ITEMS,
  SECRETARIAT,
  SUBTOPICS,
  TOPICS,
  annotationMentioning,
  titled,
  type Six,
} from "./vocabulary";

/** The rows of one generated session, in the shapes the tables take (see prisma/schema.prisma). */
export interface SessionRows {
  items: Array<{
    id: string;
    sessionId: string;
    parentId: string | null;
    position: number;
    title: Six;
    annotation: Partial<Six>;
    translationStates: Record<string, string>;
    status: "PENDING" | "ADOPTED" | "CONCLUDED";
  }>;
  documents: Array<{
    id: string;
    symbol: string;
    bodyId: string;
    kind: string;
    distribution: "GENERAL" | "LIMITED" | "RESTRICTED";
    issuedBy: Six;
    issuedOn: Date;
    title: Six;
    originalLanguage: Locale;
    translationStates: Record<string, string>;
  }>;
  versions: Array<{ id: string; documentId: string; locale: Locale; url: string }>;
  links: Array<{ itemId: string; documentId: string; position: number }>;
  slots: Array<{ id: string; sessionId: string; date: Date; startMinutes: number; endMinutes: number }>;
  slotItems: Array<{ slotId: string; itemId: string; position: number }>;
}

const DAY = 86_400_000;
/** Morning and afternoon meetings of an UN working day, halved: 10:00, 11:30, 15:00 and 16:30. */
const SLOT_TIMES = [
  [600, 690],
  [690, 780],
  [900, 990],
  [990, 1080],
] as const;

/** Top-level items: opening items, substantive topics (which carry the sub-items) and closing items. */
function agendaOutline(count: number): Array<{ title: Six; subs: Six[] }> {
  const tops = Math.max(1, Math.ceil(count * 0.35));
  const outline: Array<{ title: Six; subs: Six[] }> = [];
  const middle = Math.max(0, tops - OPENING_ITEMS.length - CLOSING_ITEMS.length);
  for (const title of OPENING_ITEMS.slice(0, tops)) outline.push({ title, subs: [] });
  for (let n = 0; n < middle; n++) outline.push({ title: TOPICS[n % TOPICS.length]!, subs: [] });
  for (const title of CLOSING_ITEMS.slice(0, Math.max(0, tops - outline.length))) outline.push({ title, subs: [] });
  const substantive = outline.slice(OPENING_ITEMS.length, OPENING_ITEMS.length + middle);
  const hosts = substantive.length ? substantive : outline;
  for (let n = 0; n < count - outline.length; n++) {
    const host = hosts[n % hosts.length]!;
    host.subs.push(SUBTOPICS[host.subs.length % SUBTOPICS.length]!);
  }
  return outline;
}

export function sessionRows(session: PlannedSession, options: ScaleOptions, id: (kind: string) => string): SessionRows {
  const published = session.status !== "DRAFT";
  const original = session.originalLanguage;
  const closed = session.status === "CLOSED";
  const rows: SessionRows = { items: [], documents: [], versions: [], links: [], slots: [], slotItems: [] };
  // Top-level items in agenda order: documents are listed under them, slots take them up.
  const tops: string[] = [];
  for (const [index, entry] of agendaOutline(options.itemsPerSession).entries()) {
    const itemId = id("item");
    tops.push(itemId);
    const item = {
      sessionId: session.id,
      annotation: {},
      translationStates: published ? finalStates(["title", "annotation"], original) : {},
      status: closed ? ("CONCLUDED" as const) : ("PENDING" as const),
    };
    rows.items.push({ ...item, id: itemId, parentId: null, position: index + 1, title: entry.title });
    for (const [sub, title] of entry.subs.entries())
      rows.items.push({ ...item, id: id("item"), parentId: itemId, position: sub + 1, title });
  }
  const perItem = new Map<string, number>();
  const symbols = sessionSymbols(session.stem, options.documentsPerSession);
  for (const [n, planned] of symbols.entries()) {
    const documentId = id("document");
    const topic = TOPICS[n % TOPICS.length]!;
    const base = DOCUMENT_TITLES[planned.kind as keyof typeof DOCUMENT_TITLES] ?? DOCUMENT_TITLES.NOTE_BY_SECRETARIAT;
    const restricted = planned.kind === "CONFERENCE_ROOM_PAPER" && n % 10 === 0;
    rows.documents.push({
      id: documentId,
      symbol: planned.symbol,
      bodyId: session.bodyId,
      kind: planned.kind,
      distribution: planned.kind === "DRAFT_RESOLUTION" ? "LIMITED" : restricted ? "RESTRICTED" : "GENERAL",
      issuedBy: SECRETARIAT,
      issuedOn: new Date(session.startDate.getTime() - (planned.listed ? 42 : 0) * DAY),
      title: planned.kind === "PROVISIONAL_AGENDA" || planned.kind === "REPORT" ? base : titled(base, topic),
      originalLanguage: "en",
      translationStates: published ? finalStates(["title", "description"], "en") : {},
    });
    // Conference room papers come in English only, information documents in English and French.
    const locales: readonly Locale[] =
      planned.kind === "CONFERENCE_ROOM_PAPER"
        ? ["en"]
        : planned.kind === "INFORMATION_DOCUMENT"
          ? ["en", "fr"]
          : LOCALES;
    for (const locale of locales)
      rows.versions.push({
        id: id("version"),
        documentId,
        locale,
        url: `https://undocs.org/${locale}/${planned.symbol}`,
      });
    if (!planned.listed) continue;
    // The agenda goes under "Adoption of the agenda"; other listed documents spread over the substantive items.
    const itemId =
      planned.kind === "PROVISIONAL_AGENDA"
        ? tops[Math.min(1, tops.length - 1)]!
        : (tops[OPENING_ITEMS.length + (n % Math.max(1, tops.length - OPENING_ITEMS.length))] ?? tops[0]!);
    const position = (perItem.get(itemId) ?? 0) + 1;
    perItem.set(itemId, position);
    rows.links.push({ itemId, documentId, position });
  }
  // Each item with documents names its first one in the annotation, so the page's mention lookup has work to do.
  for (const item of rows.items) {
    const first = rows.links.find((link) => link.itemId === item.id && link.position === 1);
    const symbol = first && rows.documents.find((doc) => doc.id === first.documentId)?.symbol;
    if (symbol) item.annotation = annotationMentioning(symbol);
  }
  const perDay = SLOT_TIMES.length;
  for (let k = 0; k < options.slotsPerSession; k++) {
    const slotId = id("slot");
    const [startMinutes, endMinutes] = SLOT_TIMES[k % perDay]!;
    const day = Math.min(4, Math.floor(k / perDay));
    rows.slots.push({
      id: slotId,
      sessionId: session.id,
      date: new Date(session.startDate.getTime() + day * DAY),
      startMinutes,
      endMinutes,
    });
    // Each slot takes up the next item; every third also continues with the one after it.
    const first = tops[k % tops.length]!;
    rows.slotItems.push({ slotId, itemId: first, position: 1 });
    const next = tops[(k + 1) % tops.length]!;
    if (k % 3 === 0 && next !== first) rows.slotItems.push({ slotId, itemId: next, position: 2 });
  }
  return rows;
}
