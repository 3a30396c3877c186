import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { sectionFallbackValues } from "@/lib/sessions/section-fallbacks";

/**
 * The one note at the top of a section of the session page whose texts are partly in other languages than the
 * reader's ("Parts of this section are not yet available in French; shown in English."). Nothing when there are
 * none. The texts themselves carry their lang/dir and no badge of their own.
 */
export async function SectionFallbackNotice({ languages, locale }: { languages: readonly Locale[]; locale: Locale }) {
  if (languages.length === 0) return null;
  const tc = await getTranslations({ locale, namespace: "common" });
  return (
    <p
      role="note"
      data-fallback-notice
      className="mt-2 mb-3 max-w-prose rounded border-s-4 border-amber-400 bg-amber-50 px-3 py-1.5 text-sm text-amber-950"
    >
      {tc("sectionFallback", sectionFallbackValues(languages, locale))}
    </p>
  );
}
