import "server-only";
import { createTranslator } from "next-intl";
import { getDb } from "../db";
import { pickText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import { loadMessages } from "../i18n/messages";
import { getPublicSession } from "../sessions/data";
import { listPublicSlugsOfBody } from "./data";
import { slugParam } from "../validation/params";
import { buildCalendar } from "./calendar";
import { sessionEvents, type CalendarLabels } from "./session-events";

/**
 * The calendar feeds. They are public and the same for everyone: Restricted links play no part in them, and
 * nothing about the reader is read.
 */

async function labels(locale: Locale): Promise<CalendarLabels> {
  // Plain translators, not next-intl's request-bound ones: a feed is the same whoever asks, and tests call this too.
  const messages = await loadMessages(locale);
  // The catalogues are not typed per key in this project, so the translator is read as taking any key.
  const t = createTranslator({ locale, messages }) as unknown as (key: string, values?: { url: string }) => string;
  return {
    continued: t("schedule.continued"),
    items: t("openData.calendarItems"),
    page: (url) => t("openData.calendarSession", { url }),
  };
}

/** The session's public page, when this deployment's public address is configured (AUTH_URL). */
function sessionUrl(locale: Locale) {
  const base = process.env.AUTH_URL?.replace(/\/+$/, "");
  return (slug: string) => (base && /^https?:\/\//.test(base) ? `${base}/${locale}/sessions/${slug}` : undefined);
}

/** The .ics text of one published session, or null when there is none at that address. */
export async function loadSessionCalendar(locale: Locale, rawSlug: string): Promise<string | null> {
  const slug = slugParam(rawSlug);
  const session = slug ? await getPublicSession(getDb(), slug, false) : null;
  if (!session) return null;
  const name = pickText(session.title, locale, session.originalLanguage)?.text ?? session.slug;
  return buildCalendar(name, sessionEvents(session, locale, await labels(locale), sessionUrl(locale)));
}

/** The .ics text of every published session of a body, or null when no body has that symbol prefix. */
export async function loadBodyCalendar(locale: Locale, symbolPrefix: string): Promise<string | null> {
  if (!slugParam(symbolPrefix)) return null;
  const found = await listPublicSlugsOfBody(getDb(), symbolPrefix);
  if (!found) return null;
  const words = await labels(locale);
  const sessions = await Promise.all(found.slugs.map((slug) => getPublicSession(getDb(), slug, false)));
  const events = sessions.flatMap((session) =>
    session ? sessionEvents(session, locale, words, sessionUrl(locale)) : [],
  );
  const name = pickText(found.body.name, locale, found.body.originalLanguage)?.text ?? symbolPrefix;
  return buildCalendar(name, events);
}
