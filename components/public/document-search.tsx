import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import type { SearchResultView } from "@/lib/document-search/search-view";
import type { Locale } from "@/lib/i18n/locales";
import { VersionLinks } from "./version-links";

/** The document search: a plain GET form (works without JavaScript) and the results with where each belongs. */
export async function DocumentSearch(props: {
  query: string;
  results: SearchResultView[] | null;
  more: boolean;
  pageSize: number;
  locale: Locale;
}) {
  const { query, results, more, pageSize, locale } = props;
  const t = await getTranslations({ locale, namespace: "openData" });
  const ts = await getTranslations({ locale, namespace: "session" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const notice = (language: string) => tc("fallbackNotice", { language });
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("searchTitle")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("searchIntro")}</p>
      <form role="search" method="get" action={`/${locale}/documents`} className="mt-6 max-w-2xl">
        <label htmlFor="document-query" className="block font-medium">
          {t("searchLabel")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="document-query"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={200}
            aria-describedby="document-query-hint"
            className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
          />
          <button type="submit" className="rounded bg-un px-4 py-2 font-medium text-white hover:bg-un-dark">
            {t("searchButton")}
          </button>
        </div>
        <p id="document-query-hint" className="mt-1 text-sm text-slate-600">
          {t("searchHint")}
        </p>
      </form>
      {results && (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="text-2xl font-semibold">
            {t("resultsHeading")}
          </h2>
          <p className="mt-2 text-slate-700" role="status">
            {t("resultsCount", { count: results.length, query })}
            {more && ` ${t("moreResults", { count: pageSize })}`}
          </p>
          <ul className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
            {results.map((doc) => (
              <li key={doc.symbol} className="py-4" data-symbol={doc.symbol}>
                <h3 className="font-mono text-sm font-semibold" dir="ltr">
                  {doc.symbol}
                </h3>
                <p className="mt-1">
                  <LocalizedText value={doc.title} fallbackNotice={notice} />
                </p>
                <p className="mt-1 text-sm text-slate-600">{ts(`documentKind.${doc.kind}`)}</p>
                <VersionLinks
                  symbol={doc.symbol}
                  distribution={doc.distribution}
                  versions={doc.versions}
                  locale={locale}
                  label={t("available")}
                />
                <div className="mt-2 text-sm">
                  {doc.sessions.length === 0 ? (
                    <p className="text-slate-600">{t("notOnAnAgenda")}</p>
                  ) : (
                    <>
                      <p className="text-slate-700">{t("onTheAgendaOf")}</p>
                      <ul className="mt-1 list-disc ps-6">
                        {doc.sessions.map((session) => (
                          <li key={session.slug}>
                            <a
                              href={`/${locale}/sessions/${encodeURIComponent(session.slug)}`}
                              className="text-un underline underline-offset-2 hover:text-un-dark"
                            >
                              <LocalizedText value={session.title} fallbackNotice={notice} />
                            </a>
                            {session.items.map((item) => (
                              <span key={item.anchor}>
                                {" · "}
                                <a
                                  href={`/${locale}/sessions/${encodeURIComponent(session.slug)}#${item.anchor}`}
                                  className="text-un underline underline-offset-2 hover:text-un-dark"
                                >
                                  {t("itemNumber", { number: item.number })}
                                </a>
                              </span>
                            ))}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
