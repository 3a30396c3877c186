import { orderedItems } from "../agenda/numbering";
import { chooseText, fallbackChain, substituteLanguages, type ChosenText } from "../i18n/fallback-chain";
import { capitalizeFirst, formatList, formatTimeRange } from "../i18n/format";
import { textDirection, wordSeparator, type Locale } from "../i18n/locales";
import { meetingName } from "../i18n/meeting-name";
import { formatAnnexDay, formatSessionDates, formatUnDate } from "../i18n/un-dates";
import { unLanguageName, venueIn } from "../i18n/un-names";
import { markContinued } from "../schedule/continued";
import type { PublicSession } from "../sessions/types";
import type { AgendaDocument, AgendaEntry, AnnexDay, AnnotationBlock } from "./types";

/** Looks a message up by "namespace.key", e.g. "session.agenda"; next-intl's translator or a test's. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

// Arabic, Chinese and Russian documents keep the masthead's distribution block in English ("Distr.: General",
// "Chinese", "Original: English"); French and Spanish documents write it in their own language.
const MASTHEAD_LOCALE: Record<Locale, Locale> = { ar: "en", zh: "en", en: "en", fr: "fr", ru: "en", es: "es" };

/** "Vienna, 2 and 3 July 2018", "2018年7月2日和3日，维也纳", "فيينا، 2 و3 تموز/يوليه 2018". */
export function sessionPlace(venue: string, dates: string, locale: Locale): string {
  if (locale === "zh") return `${dates}，${venue}`;
  if (locale === "ar") return `${venue}، ${dates}`;
  return `${venue}, ${dates}`;
}

/** Paragraphs of an annotation: blank lines separate them, as the editor and the seed write them. */
export function paragraphsOf(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

export interface BuildOptions {
  locale: Locale;
  /** The agenda's date of issue ("YYYY-MM-DD"), or null when it has none. */
  issuedOn: string | null;
  t: Translate;
  workingLanguages?: readonly Locale[];
}

export function buildAgendaDocument(session: PublicSession, options: BuildOptions): AgendaDocument {
  const { locale, t } = options;
  const chain = fallbackChain(
    locale,
    session.originalLanguage,
    options.workingLanguages ?? session.body.workingLanguages,
  );
  const used: Array<ChosenText | null> = [];
  const pick = (text: Parameters<typeof chooseText>[0]) => {
    const chosen = chooseText(text, chain);
    used.push(chosen);
    return chosen;
  };
  const masthead = MASTHEAD_LOCALE[locale];
  const status = session.status === "PROVISIONAL" ? "PROVISIONAL" : "other";
  const venue = venueIn(session.venue, locale) ?? pick(session.venue)?.text ?? "";

  const documents = new Map(session.documents.map((doc) => [doc.id, doc]));
  const numbered = orderedItems(session.items, locale);
  const entries = new Map<string, AgendaEntry>();
  const agenda: AgendaEntry[] = [];
  const annotations: AnnotationBlock[] = [];
  for (const item of numbered) {
    const title = pick(item.title);
    const entry: AgendaEntry = { id: item.id, label: item.label, depth: item.depth, title, end: "", children: [] };
    entries.set(item.id, entry);
    const parent = item.parentId ? entries.get(item.parentId) : undefined;
    (parent?.children ?? agenda).push(entry);
    const annotation = pick(item.annotation);
    annotations.push({
      id: item.id,
      label: item.label,
      depth: item.depth,
      title,
      paragraphs: annotation ? paragraphsOf(annotation.text).map((text) => ({ text, lang: annotation.lang })) : [],
      documentation: item.documentIds.flatMap((id) => {
        const doc = documents.get(id);
        return doc ? [{ symbol: doc.symbol, description: pick(doc.description) ?? pick(doc.title) }] : [];
      }),
    });
  }

  punctuate(agenda, locale);

  const numbers = new Map(numbered.map((item) => [item.id, item.number]));
  const titles = new Map(numbered.map((item) => [item.id, entries.get(item.id)?.title ?? null]));
  const days: AnnexDay[] = [];
  for (const slot of markContinued(session.slots)) {
    let day = days.at(-1);
    if (!day || day.heading !== formatAnnexDay(slot.date, locale)) {
      day = { heading: formatAnnexDay(slot.date, locale), rows: [] };
      days.push(day);
    }
    const time = formatTimeRange(slot.startMinutes, slot.endMinutes, locale);
    slot.entries.forEach((entry, index) => {
      const number = numbers.get(entry.itemId);
      if (number === undefined) return;
      const row = { time: index === 0 ? time : null, number, title: titles.get(entry.itemId) ?? null };
      day.rows.push({ ...row, continued: entry.continued });
    });
  }

  const fallbackLanguages = substituteLanguages(used, locale);
  return {
    locale,
    dir: textDirection(locale),
    masthead: {
      organization: t("agendaDocument.unitedNations"),
      symbol: session.agendaSymbol,
      organ: session.body.parent ? pick(session.body.parent.name) : null,
      distribution: t("agendaDocument.distribution"),
      lang: masthead,
      issued: options.issuedOn ? formatUnDate(options.issuedOn, masthead) : null,
      language: capitalizeFirst(unLanguageName(masthead, locale), masthead),
      original: t("agendaDocument.original", { language: unLanguageName(masthead, session.originalLanguage) }),
    },
    bodyName: pick(session.body.name),
    sessionName: meetingName(session.ordinal, session.body.sessionTerm, locale),
    sessionPlace: sessionPlace(venue, formatSessionDates(session.startDate, session.endDate, locale), locale),
    title: pick(session.documentTitle),
    footnotes: session.notes.flatMap((note) => (note.kind === "OTHER" ? (pick(note.text) ?? []) : [])),
    agendaHeading: t("session.agenda", { status }),
    agenda,
    annotationsHeading: t("session.annotations"),
    documentationHeading: t("session.documentation"),
    annotations,
    annex:
      days.length === 0
        ? null
        : {
            label: t("agendaDocument.annex"),
            title: t("session.organizationOfWork", { status }),
            columns: [t("session.dateAndTime"), t("session.agendaItem"), t("session.titleOrDescription")],
            continued: `${wordSeparator(locale)}${t("schedule.continued")}`,
            days,
          },
    fallbackLanguages,
    fallbackNotice:
      fallbackLanguages.length === 0
        ? null
        : t("agendaDocument.fallback", {
            reader: unLanguageName(locale, locale),
            languages: formatList(
              fallbackLanguages.map((lang) => unLanguageName(locale, lang)),
              locale,
            ),
          }),
  };
}

// Colon, semicolon and full stop in each language: French sets a (narrow no-break) space before ":" and ";".
const PUNCTUATION: Record<Locale, { colon: string; semicolon: string; stop: string }> = {
  en: { colon: ":", semicolon: ";", stop: "." },
  fr: { colon: "\u202F:", semicolon: "\u202F;", stop: "." },
  es: { colon: ":", semicolon: ";", stop: "." },
  ru: { colon: ":", semicolon: ";", stop: "." },
  ar: { colon: ":", semicolon: "؛", stop: "." },
  zh: { colon: "：", semicolon: "；", stop: "。" },
};

/** "1. Organizational matters:", "(a) Opening of the meeting;", "(b) Adoption of the agenda …." */
function punctuate(entries: AgendaEntry[], locale: Locale, lastOfParent = true): void {
  entries.forEach((entry, index) => {
    // A title shown in another language takes that language's punctuation.
    const marks = PUNCTUATION[entry.title?.lang ?? locale];
    const last = index === entries.length - 1;
    const text = entry.title?.text ?? "";
    const closed = /[.:;!?。：；．]$/u.test(text.trim());
    if (!closed) {
      if (entry.children.length > 0) entry.end = marks.colon;
      else if (entry.depth === 0 || (last && lastOfParent)) entry.end = marks.stop;
      else entry.end = last ? marks.stop : marks.semicolon;
    }
    punctuate(entry.children, locale, true);
  });
}

/** A documentation entry as the seed writes it: the description, then the symbol in brackets. */
export function documentationLine(description: string | null, symbol: string, locale: Locale): string {
  if (!description) return symbol;
  if (locale === "zh") return `${description}（${symbol}）`;
  // The symbol is isolated so that its Latin letters and slashes keep their order inside Arabic text.
  if (locale === "ar") return `${description} (\u2068${symbol}\u2069)`;
  return `${description} (${symbol})`;
}
