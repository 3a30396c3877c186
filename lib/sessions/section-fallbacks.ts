import { substituteLanguages } from "../i18n/fallback-chain";
import { formatList } from "../i18n/format";
import { unLanguageName } from "../i18n/un-names";
import type { PickedText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import type { SessionHeading } from "./session-heading";
import type { DayView, DocumentView, ItemView, SessionView } from "./session-view";

/**
 * Which languages each section of the public session page shows in place of the reader's. The page says so once
 * per section ("Parts of this section are not yet available in French; shown in English and Chinese") instead of
 * a badge on every line; each text still carries its own lang/dir. Languages are listed once: the body's working
 * languages first, in the body's order (the order the reader's fallback chain tries them), then the others (the
 * originals of texts that have no working language either) in order of first use.
 */
export type PageSection = "header" | "agenda" | "annotations" | "documents" | "work";

export type SectionFallbacks = Record<PageSection, Locale[]>;

type Text = PickedText | null | undefined;

function languagesOf(texts: Iterable<Text>, reader: Locale, working: readonly Locale[]): Locale[] {
  const rank = (lang: Locale) => (working.includes(lang) ? working.indexOf(lang) : working.length);
  // Array.prototype.sort is stable: languages of equal rank keep their order of first use.
  return substituteLanguages(
    [...texts].map((text) => text ?? null),
    reader,
  ).sort((a, b) => rank(a) - rank(b));
}

/** Depth first, as the page lists them. */
function* eachItem(items: readonly ItemView[]): Generator<ItemView> {
  for (const item of items) {
    yield item;
    yield* eachItem(item.children);
  }
}

export function headerFallbacks(heading: SessionHeading, reader: Locale, working: readonly Locale[]): Locale[] {
  return languagesOf([heading.parentName, heading.bodyName, heading.title, heading.venue], reader, working);
}

export function agendaFallbacks(items: readonly ItemView[], reader: Locale, working: readonly Locale[]): Locale[] {
  return languagesOf(
    [...eachItem(items)].map((item) => item.title),
    reader,
    working,
  );
}

/** Titles, annotations and the descriptions (else titles) of the documentation lists, as the section shows them. */
export function annotationFallbacks(items: readonly ItemView[], reader: Locale, working: readonly Locale[]): Locale[] {
  return languagesOf(
    [...eachItem(items)].flatMap((item) => [
      item.title,
      item.annotation,
      ...item.documents.map((doc) => doc.description ?? doc.title),
    ]),
    reader,
    working,
  );
}

export function documentFallbacks(
  documents: readonly DocumentView[],
  reader: Locale,
  working: readonly Locale[],
): Locale[] {
  return languagesOf(
    documents.map((doc) => doc.title),
    reader,
    working,
  );
}

export function workFallbacks(days: readonly DayView[], reader: Locale, working: readonly Locale[]): Locale[] {
  return languagesOf(
    days.flatMap((day) => day.slots.flatMap((slot) => slot.entries.map((entry) => entry.title))),
    reader,
    working,
  );
}

export function sectionFallbacks(
  heading: SessionHeading,
  view: SessionView,
  reader: Locale,
  working: readonly Locale[],
): SectionFallbacks {
  return {
    header: headerFallbacks(heading, reader, working),
    agenda: agendaFallbacks(view.items, reader, working),
    annotations: annotationFallbacks(view.items, reader, working),
    documents: documentFallbacks(view.documents, reader, working),
    work: workFallbacks(view.days, reader, working),
  };
}

/**
 * The values of the "common.sectionFallback" message: the languages named in the reader's language as the UN
 * writes them ("anglais et chinois", "الإنكليزية والصينية"), and how many (Russian and Arabic agree with it).
 */
export function sectionFallbackValues(
  languages: readonly Locale[],
  reader: Locale,
): { languages: string; count: number } {
  return {
    languages: formatList(
      languages.map((lang) => unLanguageName(reader, lang)),
      reader,
    ),
    count: languages.length,
  };
}
