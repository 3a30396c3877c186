import { formatItemNumber } from "../agenda/numbering";
import { zonedIso } from "../calendar/vtimezone";
import type { PublicDocumentDetail } from "../document-search/data";
import { numberedItemsOf } from "../document-search/memberships";
import { pickText, type LocalizedText, type PickedText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import { buildSessionView, type DocumentView, type ItemView } from "../sessions/session-view";
import type { BodySummary, PublicDocument, PublicSession, PublicSessionSummary } from "../sessions/types";
import type {
  AgendaItemDto,
  BodyDto,
  DocumentDetailDto,
  DocumentSummaryDto,
  SessionDto,
  SessionSummaryDto,
  TextDto,
} from "./schemas";

/** Public rows as the API gives them, in one requested language with the pages' fallback. Pure. */

export function textDto(picked: PickedText | null): TextDto | null {
  return picked ? { text: picked.text, lang: picked.lang, fallback: picked.isFallback } : null;
}

const pick = (text: LocalizedText, locale: Locale, original: Locale) => textDto(pickText(text, locale, original));

const encodePath = (symbol: string) => symbol.split("/").map(encodeURIComponent).join("/");
const withLang = (path: string, locale: Locale) => `${path}?lang=${locale}`;

export function bodyDto(body: BodySummary & { parent: BodySummary | null }, locale: Locale): BodyDto {
  return {
    symbolPrefix: body.symbolPrefix,
    name: pick(body.name, locale, body.originalLanguage),
    sessionTerm: body.sessionTerm,
    parent: body.parent
      ? { symbolPrefix: body.parent.symbolPrefix, name: pick(body.parent.name, locale, body.parent.originalLanguage) }
      : null,
    links: {
      sessions: `/api/v1/sessions?body=${encodeURIComponent(body.symbolPrefix)}&lang=${locale}`,
      calendar: `/${locale}/bodies/${encodePath(body.symbolPrefix)}/calendar.ics`,
    },
  };
}

export function sessionSummaryDto(session: PublicSessionSummary, locale: Locale): SessionSummaryDto {
  const original = session.originalLanguage;
  const status = session.status === "DRAFT" ? "PROVISIONAL" : session.status;
  return {
    slug: session.slug,
    ordinal: session.ordinal,
    title: pick(session.title, locale, original),
    venue: pick(session.venue, locale, original),
    timeZone: session.timeZone,
    startDate: session.startDate,
    endDate: session.endDate,
    status,
    originalLanguage: original,
    body: {
      symbolPrefix: session.body.symbolPrefix,
      name: pick(session.body.name, locale, session.body.originalLanguage),
    },
    links: {
      self: withLang(`/api/v1/sessions/${encodeURIComponent(session.slug)}`, locale),
      page: `/${locale}/sessions/${encodeURIComponent(session.slug)}`,
      calendar: `/${locale}/sessions/${encodeURIComponent(session.slug)}/calendar.ics`,
    },
  };
}

function documentLink(symbol: string, locale: Locale): string {
  return withLang(`/api/v1/documents/${encodePath(symbol)}`, locale);
}

function versionsDto(versions: PublicDocument["versions"]): DocumentSummaryDto["versions"] {
  return versions.map((v) => ({ lang: v.locale, url: v.url, official: v.official }));
}

function documentViewDto(doc: DocumentView, locale: Locale): DocumentSummaryDto {
  return {
    symbol: doc.symbol,
    kind: doc.kind as DocumentSummaryDto["kind"],
    distribution: doc.distribution,
    title: textDto(doc.title),
    description: textDto(doc.description),
    versions: versionsDto(doc.versions),
    links: { self: documentLink(doc.symbol, locale) },
  };
}

function itemDto(item: ItemView): AgendaItemDto {
  return {
    number: item.number,
    status: item.status,
    title: textDto(item.title),
    annotation: item.annotation ? textDto(item.annotation) : null,
    documents: item.documents.map((doc) => doc.symbol),
    children: item.children.map(itemDto),
  };
}

export function sessionDto(session: PublicSession, locale: Locale): SessionDto {
  const view = buildSessionView(session, locale);
  return {
    ...sessionSummaryDto(session, locale),
    agendaSymbol: session.agendaSymbol,
    revisions: session.revisions.map((revision) => ({
      kind: revision.kind,
      number: revision.number,
      symbol: revision.symbol,
      issuedOn: revision.issuedOn,
      changes: revision.changes.map((change) => ({
        kind: change.kind,
        item: "item" in change ? formatItemNumber(change.item.path, locale, "full") : null,
      })),
    })),
    items: view.items.map(itemDto),
    documents: view.documents.map((doc) => documentViewDto(doc, locale)),
    slots: view.days.flatMap((day) =>
      day.slots.map((slot) => ({
        date: day.date,
        start: zonedIso(day.date, slot.startMinutes, session.timeZone),
        end: zonedIso(day.date, slot.endMinutes, session.timeZone),
        items: slot.entries.map((entry) => ({
          number: entry.number,
          title: textDto(entry.title),
          continued: entry.continued,
        })),
      })),
    ),
  };
}

export function documentDetailDto(doc: PublicDocumentDetail, locale: Locale): DocumentDetailDto {
  const original = doc.originalLanguage;
  return {
    symbol: doc.symbol,
    kind: doc.kind as DocumentDetailDto["kind"],
    distribution: doc.distribution,
    title: pick(doc.title, locale, original),
    description: pick(doc.description, locale, original),
    versions: versionsDto(doc.versions),
    links: { self: documentLink(doc.symbol, locale) },
    issuedBy: pick(doc.issuedBy, locale, original),
    issuedOn: doc.issuedOn,
    body: doc.bodyPrefix,
    sessions: doc.memberships.map((m) => ({
      slug: m.slug,
      title: pick(m.title, locale, m.originalLanguage),
      items: numberedItemsOf(m, locale).map((item) => item.number),
      links: { self: withLang(`/api/v1/sessions/${encodeURIComponent(m.slug)}`, locale) },
    })),
  };
}
