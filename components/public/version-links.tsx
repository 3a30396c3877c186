import { getTranslations } from "next-intl/server";
import { formatAlternatives } from "@/lib/i18n/format";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { VersionLink } from "@/lib/documents/official-link";
import { RestrictedNote, RestrictedVersion, VersionLinkDetail } from "./restricted-version";

/**
 * A document's language versions: a link for each that exists (its registered URL, or the official document
 * system's), plain text where the reader may not have the link (Restricted), and the languages it does not exist
 * in said in words — never drawn like a link.
 */
export async function VersionLinks(props: {
  /** Given where the page asks for the reader's Restricted links (the session page). */
  documentId?: string;
  symbol: string;
  distribution: "GENERAL" | "LIMITED" | "RESTRICTED";
  versions: VersionLink[];
  locale: Locale;
  label: string;
}) {
  const { documentId, symbol, distribution, versions, locale, label } = props;
  const t = await getTranslations({ locale, namespace: "session" });
  const to = await getTranslations({ locale, namespace: "openData" });
  const missing = LOCALES.filter((lang) => !versions.some((v) => v.locale === lang));
  return (
    <div className="mt-2 text-sm">
      <span className="me-2 text-slate-700">{label}</span>
      <ul className="inline-flex flex-wrap gap-2">
        {LOCALES.map((lang) => {
          const version = versions.find((v) => v.locale === lang);
          if (!version) return null;
          const name = LOCALE_NAMES[lang];
          return (
            <li key={lang}>
              {distribution === "RESTRICTED" && !version.url && documentId ? (
                // The cached page has no link; a reader allowed to open it gets it from their own request.
                <RestrictedVersion
                  documentId={documentId}
                  locale={lang}
                  name={name}
                  linkLabel={t("languageVersionLink", { language: name, symbol })}
                  readerLocale={locale}
                />
              ) : version.url ? (
                <a
                  href={version.url}
                  hrefLang={lang}
                  lang={lang}
                  className="rounded border border-slate-300 px-1.5 py-0.5 text-un hover:bg-slate-50"
                >
                  {name}
                  <VersionLinkDetail
                    lang={locale}
                    text={
                      version.official
                        ? to("officialVersionLink", { language: name, symbol })
                        : t("languageVersionLink", { language: name, symbol })
                    }
                  />
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
      {versions.length === 0 ? (
        <span className="text-slate-600">{t("notYetIssued")}</span>
      ) : (
        missing.length > 0 && (
          <p className="mt-1 text-slate-600">
            {to("notAvailableIn", {
              languages: formatAlternatives(
                missing.map((lang) => LOCALE_NAMES[lang]),
                locale,
              ),
            })}
          </p>
        )
      )}
      {distribution === "RESTRICTED" && versions.some((v) => !v.url) && (
        <RestrictedNote documentId={documentId ?? null} text={t("restrictedNoLink")} />
      )}
    </div>
  );
}
