import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { DocumentView } from "@/lib/sessions/session-view";
import { RestrictedNote, RestrictedVersion } from "./restricted-version";

export async function DocumentsSection({ documents, locale }: { documents: DocumentView[]; locale: Locale }) {
  if (documents.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "session" });
  const tc = await getTranslations({ locale, namespace: "common" });
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
                      {doc.distribution === "RESTRICTED" && !version.url ? (
                        <RestrictedVersion
                          documentId={doc.id}
                          locale={lang}
                          name={name}
                          linkLabel={t("languageVersionLink", { language: name, symbol: doc.symbol })}
                        />
                      ) : version.url ? (
                        <a
                          href={version.url}
                          hrefLang={lang}
                          lang={lang}
                          aria-label={t("languageVersionLink", { language: name, symbol: doc.symbol })}
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
              {doc.versions.length === 0 && <span className="text-slate-600">{t("notYetIssued")}</span>}
              {doc.distribution === "RESTRICTED" && doc.versions.some((v) => !v.url) && (
                <RestrictedNote text={t("restrictedNoLink")} />
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
