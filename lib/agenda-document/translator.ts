import { createTranslator } from "next-intl";
import { loadMessages } from "../i18n/messages";
import type { Locale } from "../i18n/locales";
import type { Translate } from "./build";

/** A translator over the message files for one language, needing no request: the same in pages, routes and tests. */
export async function translatorFor(locale: Locale): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return (key, values) => (t as unknown as Translate)(key, values);
}
