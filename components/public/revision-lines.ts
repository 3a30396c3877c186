import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/revisions/describe";

/** The changelog's sentences in `locale`, for lib/revisions/describe (which names its keys at run time). */
export async function changeTranslator(locale: Locale): Promise<Translate> {
  const t = await getTranslations({ locale, namespace: "revisions.changes" });
  return (key, values) => t(key as never, values as never);
}
