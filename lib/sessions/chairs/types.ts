import type { LocalizedText } from "../../i18n/localized-text";
import type { Locale } from "../../i18n/locales";
import type { IsoDate, SessionStatus } from "../types";

/** A person as the secretariat picks them: by name and e-mail address. */
export interface ChairPerson {
  id: string;
  name: string;
  email: string;
}

/** A session as a chair's list of sessions shows it, with the addresses of its console and public page. */
export interface ChairedSession {
  id: string;
  slug: string;
  title: LocalizedText;
  originalLanguage: Locale;
  startDate: IsoDate;
  endDate: IsoDate;
  status: SessionStatus;
}
