import { z } from "zod";
import { REVISION_CHANGE_KINDS } from "../revisions/types";
import { LOCALES } from "../i18n/locales";

/**
 * The shapes of the public API's responses. Route handlers pass every response through these schemas (unknown
 * fields are dropped), and the OpenAPI document is generated from the very same objects (openapi.ts), so the
 * documentation cannot drift from what is served. Each named schema becomes a component of the document.
 */

export const Language = z.enum(LOCALES).meta({
  id: "Language",
  description: "One of the six official languages of the United Nations.",
});

export const Text = z
  .object({
    text: z.string(),
    lang: Language.describe("The language this text is actually in."),
    fallback: z
      .boolean()
      .describe("True when the requested language had no text and the original (or another) language is given."),
  })
  .meta({ id: "Text", description: "A text in the requested language, or in the best available one." });

const nullableText = Text.nullable();
const isoDate = z.iso.date().describe("A calendar day, YYYY-MM-DD, in the session's own time zone.");

export const BodyRef = z
  .object({ symbolPrefix: z.string().meta({ examples: ["CTOC/COP/WG.4"] }), name: nullableText })
  .meta({ id: "BodyRef" });

export const Body = z
  .object({
    symbolPrefix: z.string().meta({ examples: ["CTOC/COP/WG.4"] }),
    name: nullableText,
    sessionTerm: z.enum(["SESSION", "MEETING"]).describe("What the body calls its gatherings."),
    parent: BodyRef.nullable(),
    links: z.object({ sessions: z.string(), calendar: z.string() }),
  })
  .meta({ id: "Body" });

export const BodyList = z.object({ data: z.array(Body) }).meta({ id: "BodyList" });

export const SessionStatus = z.enum(["PROVISIONAL", "ADOPTED", "CLOSED"]).meta({
  id: "SessionStatus",
  description: "PROVISIONAL: provisional agenda published; ADOPTED: agenda adopted; CLOSED: session over.",
});

export const SessionSummary = z
  .object({
    slug: z.string().meta({ examples: ["ctoc-cop-wg4-2018"] }),
    ordinal: z.number().int().describe("8 for the eighth session or meeting of the body."),
    title: nullableText,
    venue: nullableText,
    timeZone: z.string().describe("IANA time zone of the venue; all times of the session are local to it."),
    startDate: isoDate,
    endDate: isoDate,
    status: SessionStatus,
    originalLanguage: Language,
    body: BodyRef,
    links: z.object({ self: z.string(), page: z.string(), calendar: z.string() }),
  })
  .meta({ id: "SessionSummary" });

export const Pagination = z
  .object({
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0),
    totalPages: z.number().int().min(0),
  })
  .meta({ id: "Pagination" });

export const SessionList = z.object({ data: z.array(SessionSummary), pagination: Pagination }).meta({
  id: "SessionList",
});

export const DocumentVersion = z
  .object({
    lang: Language,
    url: z
      .string()
      .nullable()
      .describe(
        "Where to read this version; null for documents of Restricted distribution, whose links are not public.",
      ),
    official: z.boolean().describe("True when the link is the official document system's, found by symbol."),
  })
  .meta({ id: "DocumentVersion" });

export const DocumentKind = z.enum([
  "PROVISIONAL_AGENDA",
  "BACKGROUND_PAPER",
  "CONFERENCE_ROOM_PAPER",
  "NOTE_BY_SECRETARIAT",
  "REPORT",
  "RESOLUTION",
  "DRAFT_RESOLUTION",
  "DECISION",
  "INFORMATION_DOCUMENT",
  "WORKING_PAPER",
  "OTHER",
]);

export const DocumentSummary = z
  .object({
    symbol: z.string().meta({ examples: ["CTOC/COP/WG.4/2018/2"] }),
    kind: DocumentKind,
    distribution: z.enum(["GENERAL", "LIMITED", "RESTRICTED"]),
    title: nullableText,
    description: nullableText,
    versions: z.array(DocumentVersion).describe("The language versions that exist; a language not listed has none."),
    links: z.object({ self: z.string() }),
  })
  .meta({ id: "DocumentSummary" });

export const AgendaItem = z
  .object({
    number: z.string().describe('The item\'s number as cited in the requested language, e.g. "1(a)".'),
    status: z.enum(["PENDING", "UNDER_CONSIDERATION", "ADOPTED", "CONCLUDED", "DEFERRED"]),
    title: nullableText,
    annotation: nullableText.describe("Markdown."),
    documents: z.array(z.string()).describe("Symbols of the documents under this item."),
    get children(): z.ZodArray<typeof AgendaItem> {
      return z.array(AgendaItem);
    },
  })
  .meta({ id: "AgendaItem" });

export const Slot = z
  .object({
    date: isoDate,
    start: z.iso.datetime({ offset: true }).describe("Start, at the venue's offset from UTC."),
    end: z.iso.datetime({ offset: true }),
    items: z.array(
      z.object({
        number: z.string(),
        title: nullableText,
        continued: z.boolean().describe("True when an earlier meeting already took the item up."),
      }),
    ),
  })
  .meta({ id: "Slot", description: "A meeting of the organization of work." });

export const Revision = z
  .object({
    kind: z.enum(["REVISION", "CORRIGENDUM"]),
    number: z.int().min(1),
    symbol: z.string().nullable().describe('e.g. "CTOC/COP/WG.4/2018/1/Rev.1"'),
    issuedOn: isoDate,
    changes: z.array(
      z.object({
        kind: z.enum(REVISION_CHANGE_KINDS),
        item: z.string().nullable().describe("Number of the item concerned, as it reads after the revision."),
      }),
    ),
  })
  .meta({ id: "Revision", description: "A reissue of the agenda and what it changed." });

export const Session = SessionSummary.extend({
  agendaSymbol: z.string().nullable().describe("Symbol of the text in force: the original's or its latest revision's."),
  revisions: z.array(Revision).describe("Revisions and corrigenda, newest first."),
  items: z.array(AgendaItem),
  documents: z.array(DocumentSummary),
  slots: z.array(Slot),
}).meta({ id: "Session" });

export const DocumentDetail = DocumentSummary.extend({
  issuedBy: nullableText,
  issuedOn: isoDate.nullable(),
  body: z.string().describe("Symbol prefix of the body that issued it."),
  sessions: z.array(
    z.object({
      slug: z.string(),
      title: nullableText,
      items: z.array(z.string()).describe("Numbers of the items the document is listed under."),
      links: z.object({ self: z.string() }),
    }),
  ),
}).meta({ id: "Document" });

export const ApiError = z
  .object({ error: z.object({ code: z.enum(["bad-request", "not-found"]), message: z.string() }) })
  .meta({ id: "Error" });

export type BodyDto = z.infer<typeof Body>;
export type SessionSummaryDto = z.infer<typeof SessionSummary>;
export type SessionDto = z.infer<typeof Session>;
export type AgendaItemDto = z.infer<typeof AgendaItem>;
export type DocumentSummaryDto = z.infer<typeof DocumentSummary>;
export type DocumentDetailDto = z.infer<typeof DocumentDetail>;
export type TextDto = z.infer<typeof Text>;
