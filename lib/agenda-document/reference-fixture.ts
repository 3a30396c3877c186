import { referenceSession } from "../seed/reference-session";
import type { PublicSession } from "../sessions/types";

/**
 * For tests: the reference session as the public reads it once published (every seed text final), without a
 * database, and a translator over the real message files.
 */
export function referencePublicSession(): PublicSession {
  const ref = referenceSession();
  const items: PublicSession["items"] = [];
  const visit = (list: typeof ref.items, parentId: string | null, prefix: string) => {
    for (const item of list) {
      const id = `${prefix}${item.position}`;
      items.push({
        id,
        parentId,
        position: item.position,
        title: item.title,
        annotation: item.annotation,
        status: "PENDING",
        documentIds: item.documentSymbols,
      });
      visit(item.children, id, `${id}.`);
    }
  };
  visit(ref.items, null, "item-");
  const idOf = new Map<string, string>();
  const numberVisit = (list: typeof ref.items, parentNumber: string, prefix: string) => {
    for (const item of list) {
      idOf.set(item.number, `${prefix}${item.position}`);
      numberVisit(item.children, item.number, `${prefix}${item.position}.`);
    }
  };
  numberVisit(ref.items, "", "item-");
  return {
    id: "reference",
    slug: ref.slug,
    ordinal: ref.session.ordinal,
    title: ref.session.title,
    venue: ref.session.venue,
    timeZone: ref.session.timeZone,
    startDate: ref.session.startDate,
    endDate: ref.session.endDate,
    status: "PROVISIONAL",
    originalLanguage: ref.session.originalLanguage,
    body: {
      id: "reference-body",
      name: ref.body.name,
      symbolPrefix: ref.body.symbolPrefix,
      sessionTerm: "MEETING",
      originalLanguage: ref.body.originalLanguage,
      workingLanguages: ["en"],
      parent: {
        id: "reference-parent",
        name: ref.body.parent.name,
        symbolPrefix: ref.body.parent.symbolPrefix,
        sessionTerm: "SESSION",
        originalLanguage: ref.body.originalLanguage,
        workingLanguages: ["en"],
      },
    },
    meeting: {
      sessionId: "reference",
      revision: 0,
      status: "PROVISIONAL",
      suspendedAt: null,
      agendaAdoptedAt: null,
      orallyAmended: false,
      adoptionNote: null,
      currentItemId: null,
      items: [],
    },
    agendaSymbol: ref.session.agendaSymbol,
    revisedOn: null,
    revisions: [],
    documentTitle: ref.session.documentTitle,
    plenaryMeetings: ref.session.plenaryMeetings,
    interpretationLanguages: ref.session.interpretation,
    notes: [],
    items,
    documents: ref.documents.map((doc) => ({
      id: doc.symbol,
      symbol: doc.symbol,
      kind: doc.kind,
      distribution: "GENERAL",
      title: doc.title,
      description: doc.description,
      issuedBy: doc.issuedBy,
      issuedOn: null,
      originalLanguage: ref.session.originalLanguage,
      versions: [],
    })),
    slots: ref.slots.map((slot, index) => ({
      id: `slot-${index}`,
      date: slot.date,
      startMinutes: slot.startMinutes,
      endMinutes: slot.endMinutes,
      itemIds: slot.itemNumbers.map((number) => idOf.get(number) ?? number),
      updatedAt: "2018-06-01T00:00:00.000Z",
    })),
  };
}

export { translatorFor } from "./translator";
