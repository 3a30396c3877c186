import { pickText, type PickedText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import { meetingOrdinal } from "../i18n/meeting-name";
import { pickVenue } from "../i18n/venue";
import type { PublicSessionSummary } from "./types";

/** The words a listing or page header needs for one session, in the reader's language. */
export interface SessionHeading {
  title: PickedText | null;
  bodyName: PickedText | null;
  parentName: PickedText | null;
  venue: PickedText | null;
  /** "eighth" / "八", ready for the "{ordinal} meeting" message. */
  ordinalWord: string;
}

export function sessionHeading(session: PublicSessionSummary, locale: Locale): SessionHeading {
  const original = session.originalLanguage;
  const working = session.body.workingLanguages;
  return {
    title: pickText(session.title, locale, original, working),
    bodyName: pickText(session.body.name, locale, session.body.originalLanguage, working),
    parentName: session.body.parent
      ? pickText(session.body.parent.name, locale, session.body.parent.originalLanguage, working)
      : null,
    venue: pickVenue(session.venue, locale, original, working),
    ordinalWord: meetingOrdinal(session.ordinal, session.body.sessionTerm, locale),
  };
}
