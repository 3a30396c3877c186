import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { formatAlternatives } from "@/lib/i18n/format";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { DocumentView } from "@/lib/sessions/session-view";

export async function DocumentsSection({ documents, locale }: { documents: DocumentView[]; locale: Locale }) {
  if (documents.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "session" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const to = await getTranslations({ locale, namespace: "openData" });
  const notice = (language: string) => tc("fallbackNotice", { language });
  return (
    <section aria-labelledby="documents-heading" className="mt-12">
      <h2 id="documents-heading" className="text-2xl font-semibold">
        {t("documents")}
      </h2>
      <ul className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
        {documents.map((doc) => (
          <li key={doc.id} id={doc.anchor} className="scroll-mt-4 py-4" data-symbol={doc.symbol}>
            <p className="font-mono text-sm font-semibold">{doc.symbol}</p>
            <p className="mt-1">
              <LocalizedText value={doc.title} fallbackNotice={notice} />
            </p>
            <p className="mt-1 text-sm text-slate-600">{t(`documentKind.${doc.kind}`)}</p>
            <div className="mt-2 text-sm">
              <span className="me-2 text-slate-700">{t("languageVersions")}</span>
              <ul className="inline-flex flex-wrap gap-2">
                {LOCALES.map((lang) => {
                  const version = doc.versions.find((v) => v.locale === lang);
                  if (!version) return null;
                  const name = LOCALE_NAMES[lang];
                  return (
                    <li key={lang}>
                      {version.url ? (
                        <a
                          href={version.url}
                          hrefLang={lang}
                          lang={lang}
                          aria-label={
                            version.official
                              ? to("officialVersionLink", { language: name, symbol: doc.symbol })
                              : t("languageVersionLink", { language: name, symbol: doc.symbol })
                          }
                          className="rounded border border-slate-300 px-1.5 py-0.5 text-un hover:bg-slate-50"
                        >
                          {name}
                        </a>
                      ) : (
                        <span lang={lang} className="rounded border border-slate-200 px-1.5 py-0.5 text-slate-600">
                          {name}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
              {doc.versions.length === 0 ? (
                <span className="text-slate-600">{t("notYetIssued")}</span>
              ) : (
                <MissingLanguages
                  doc={doc}
                  label={(languages) => to("notAvailableIn", { languages })}
                  locale={locale}
                />
              )}
              {doc.distribution === "RESTRICTED" && doc.versions.some((v) => !v.url) && (
                <p className="mt-1 text-slate-600">{t("restrictedNoLink")}</p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Languages a document has no version in are said in words, never drawn like the links beside them. */
function MissingLanguages({
  doc,
  label,
  locale,
}: {
  doc: DocumentView;
  label: (languages: string) => string;
  locale: Locale;
}) {
  const missing = LOCALES.filter((lang) => !doc.versions.some((v) => v.locale === lang));
  if (missing.length === 0) return null;
  return (
    <p className="mt-1 text-slate-600">
      {label(
        formatAlternatives(
          missing.map((lang) => LOCALE_NAMES[lang]),
          locale,
        ),
      )}
    </p>
  );
}
