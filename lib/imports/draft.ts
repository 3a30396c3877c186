import { asLocale, LOCALES } from "../i18n/locales";
import type { ImportedItem, ImportResult } from "../agenda-parser/types";
import type { ImportDraftInput, DraftItemInput } from "./schema";
import type { ZoneDefaults } from "./data";
import { timeZoneForVenue } from "./venues";

/** The importer's reading of a text, turned into the editable draft the review screen starts from. */

const KINDS: Record<string, DraftItemInput["documents"][number]["kind"]> = {
  "provisional agenda and annotations": "PROVISIONAL_AGENDA",
  "background paper": "BACKGROUND_PAPER",
  "conference room paper": "CONFERENCE_ROOM_PAPER",
  "note by the Secretariat": "NOTE_BY_SECRETARIAT",
  report: "REPORT",
};

function toDraftItem(item: ImportedItem): DraftItemInput {
  return {
    key: item.number,
    title: item.title,
    annotation: item.annotation.join("\n\n"),
    documents: item.documents.map((doc) => ({
      symbol: doc.symbol,
      kind: KINDS[doc.kind] ?? "OTHER",
      title: doc.title ?? "",
      description: doc.description,
      issuedBy: doc.issuedBy ?? "",
    })),
    children: item.subItems.map(toDraftItem),
  };
}

function minutes(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The registered body whose symbol prefix the imported agenda carries, if any. */
export function knownBody<T extends { symbolPrefix: string }>(
  result: ImportResult,
  bodies: readonly T[],
): T | undefined {
  return result.body.symbolPrefix ? bodies.find((b) => b.symbolPrefix === result.body.symbolPrefix) : undefined;
}

/**
 * The zone a session starts in: where its body usually meets; else where the agenda says it meets; else where
 * the last session was held. UTC only when nothing is known, as no UN body meets there.
 */
export function defaultTimeZone(result: ImportResult, zones: ZoneDefaults): string {
  return zones.body ?? timeZoneForVenue(result.session.venue) ?? zones.last ?? "UTC";
}

export function draftFromImport(
  result: ImportResult,
  bodies: ReadonlyArray<{ id: string; symbolPrefix: string }>,
  zones: ZoneDefaults = { body: null, last: null },
): ImportDraftInput {
  const language = asLocale(result.language);
  const known = knownBody(result, bodies);
  const slots = result.organizationOfWork.filter((slot) => slot.date !== "");
  const year = result.session.startDate?.slice(0, 4);
  return {
    language,
    body: known
      ? { kind: "existing", bodyId: known.id }
      : {
          kind: "new",
          body: {
            name: result.body.name ?? "",
            symbolPrefix: result.body.symbolPrefix ?? "",
            parentId: "",
            sessionTerm: "MEETING",
          },
        },
    session: {
      ordinal: result.session.ordinal ?? 1,
      title: result.session.title ?? result.body.name ?? "",
      venue: result.session.venue ?? "",
      timeZone: defaultTimeZone(result, zones),
      startDate: result.session.startDate ?? "",
      endDate: result.session.endDate ?? result.session.startDate ?? "",
      originalLanguage: language,
      plenaryMeetings: slots.length,
      interpretationLanguages: [...LOCALES],
      // The agenda is the first document of its series in the session's year, by UN convention "/<year>/1".
      agendaSymbol: result.body.symbolPrefix && year ? `${result.body.symbolPrefix}/${year}/1` : "",
    },
    documentTitle: result.session.documentTitle ?? "",
    items: result.items.map(toDraftItem),
    slots: slots.map((slot) => ({
      date: slot.date,
      startMinutes: minutes(slot.start),
      endMinutes: minutes(slot.end),
      itemKeys: slot.items,
    })),
  };
}
