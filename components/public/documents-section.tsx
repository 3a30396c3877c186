import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import type { DocumentView } from "@/lib/sessions/session-view";
import { SectionFallbackNotice } from "./section-fallback-notice";
import { VersionLinks } from "./version-links";

export async function DocumentsSection({
  documents,
  locale,
  fallback,
}: {
  documents: DocumentView[];
  locale: Locale;
  /** Languages document titles are shown in instead of the reader's. */
  fallback: readonly Locale[];
}) {
  if (documents.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "session" });
  return (
    <section aria-labelledby="documents-heading" className="mt-12">
      <h2 id="documents-heading" className="text-2xl font-semibold">
        {t("documents")}
      </h2>
      <SectionFallbackNotice languages={fallback} locale={locale} />
      <ul className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
        {documents.map((doc) => (
          <li key={doc.id} id={doc.anchor} className="scroll-mt-4 py-4" data-symbol={doc.symbol}>
            <p className="font-mono text-sm font-semibold">{doc.symbol}</p>
            <p className="mt-1">
              <LocalizedText value={doc.title} />
            </p>
            <p className="mt-1 text-sm text-slate-600">{t(`documentKind.${doc.kind}`)}</p>
            <VersionLinks
              documentId={doc.id}
              symbol={doc.symbol}
              distribution={doc.distribution}
              versions={doc.versions}
              locale={locale}
              label={t("languageVersions")}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
