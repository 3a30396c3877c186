import { z } from "zod";
import { localizedTextSchema, type LocalizedText } from "../i18n/localized-text";
import { LOCALES, type Locale } from "../i18n/locales";
import reference from "../../prisma/seed-data/ctoc-cop-wg4-2018-1.expected.json" with { type: "json" };

/**
 * The reference session (eighth meeting of the Working Group on Trafficking in Persons, Vienna,
 * 2–3 July 2018) turned from its structured description into what the seed writes. Pure: the
 * database side is lib/seed/mutations.ts.
 */

const documentSchema = z.object({
  symbol: z.string(),
  kind: z.string(),
  issuedBy: z.string(),
  title: localizedTextSchema,
  description: localizedTextSchema,
});

interface ItemJson {
  number: string;
  title: LocalizedText;
  annotation?: LocalizedTextParagraphs;
  documents: z.infer<typeof documentSchema>[];
  subItems?: ItemJson[];
}
type LocalizedTextParagraphs = Partial<Record<Locale, string[]>>;

const itemSchema: z.ZodType<ItemJson> = z.lazy(() =>
  z.object({
    number: z.string(),
    title: localizedTextSchema,
    annotation: z.partialRecord(z.enum(LOCALES), z.array(z.string())).optional(),
    documents: z.array(documentSchema),
    subItems: z.array(itemSchema).optional(),
  }),
);

const referenceSchema = z.object({
  body: z.object({
    name: localizedTextSchema,
    symbolPrefix: z.string(),
    parent: z.object({ name: localizedTextSchema, symbolPrefix: z.string() }),
  }),
  session: z.object({
    ordinal: z.number().int().positive(),
    title: localizedTextSchema,
    venue: localizedTextSchema,
    timeZone: z.string(),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    agendaSymbol: z.string(),
    documentTitle: localizedTextSchema,
    originalLanguage: z.enum(LOCALES),
    plenaryMeetings: z.number().int(),
    interpretation: z.array(z.enum(LOCALES)),
    bureauDecisions: z.array(z.object({ date: z.iso.date(), what: z.string() })),
  }),
  items: z.array(itemSchema),
  organizationOfWork: z.array(
    z.object({ date: z.iso.date(), start: z.string(), end: z.string(), items: z.array(z.string()) }),
  ),
});

export type DocumentKindCode =
  "BACKGROUND_PAPER" | "CONFERENCE_ROOM_PAPER" | "REPORT" | "NOTE_BY_SECRETARIAT" | "OTHER";

export interface SeedDocument {
  symbol: string;
  kind: DocumentKindCode;
  issuedBy: LocalizedText;
  title: LocalizedText;
  description: LocalizedText;
  /** Languages in which the document was issued. */
  languages: Locale[];
}

export interface SeedItem {
  /** The number the reference gives the item; the database derives it again from positions. */
  number: string;
  position: number;
  title: LocalizedText;
  /** Markdown, paragraphs separated by a blank line. */
  annotation: LocalizedText;
  documentSymbols: string[];
  children: SeedItem[];
}

export interface SeedSlot {
  date: string;
  startMinutes: number;
  endMinutes: number;
  itemNumbers: string[];
}

export const REFERENCE_SESSION_SLUG = "ctoc-cop-wg4-2018";

const KINDS: Record<string, DocumentKindCode> = {
  "background paper": "BACKGROUND_PAPER",
  "conference room paper": "CONFERENCE_ROOM_PAPER",
  report: "REPORT",
  "note by the Secretariat": "NOTE_BY_SECRETARIAT",
};

// The reference names the issuer in English only; the seed carries the official terms of both seed languages.
const ISSUERS: Record<string, LocalizedText> = { Secretariat: { en: "Secretariat", zh: "秘书处" } };

// Official pre-session documents are issued in all six languages; conference room papers only in the language submitted.
function issuedLanguages(kind: DocumentKindCode): Locale[] {
  return kind === "CONFERENCE_ROOM_PAPER" ? ["en"] : [...LOCALES];
}

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function toSeedItem(item: ItemJson, position: number, documents: Map<string, SeedDocument>): SeedItem {
  for (const doc of item.documents) {
    const kind = KINDS[doc.kind] ?? "OTHER";
    documents.set(doc.symbol, {
      symbol: doc.symbol,
      kind,
      issuedBy: ISSUERS[doc.issuedBy] ?? { en: doc.issuedBy },
      title: doc.title,
      description: doc.description,
      languages: issuedLanguages(kind),
    });
  }
  const annotation: LocalizedText = {};
  for (const [lang, paragraphs] of Object.entries(item.annotation ?? {}) as [Locale, string[]][]) {
    annotation[lang] = paragraphs.join("\n\n");
  }
  return {
    number: item.number,
    position,
    title: item.title,
    annotation,
    documentSymbols: item.documents.map((d) => d.symbol),
    children: (item.subItems ?? []).map((sub, index) => toSeedItem(sub, index + 1, documents)),
  };
}

export function referenceSession() {
  const data = referenceSchema.parse(reference);
  const documents = new Map<string, SeedDocument>();
  const items = data.items.map((item, index) => toSeedItem(item, index + 1, documents));
  const slots: SeedSlot[] = data.organizationOfWork.map((slot) => ({
    date: slot.date,
    startMinutes: minutesOf(slot.start),
    endMinutes: minutesOf(slot.end),
    itemNumbers: slot.items,
  }));
  return {
    slug: REFERENCE_SESSION_SLUG,
    body: { ...data.body, sessionTerm: "MEETING" as const, originalLanguage: data.session.originalLanguage },
    session: data.session,
    items,
    documents: [...documents.values()],
    slots,
  };
}

export type ReferenceSession = ReturnType<typeof referenceSession>;
