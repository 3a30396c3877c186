import { getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { Completeness } from "@/lib/translations/completeness";

interface Props {
  counts: Completeness;
  original: Locale;
  target: Locale;
  href: (locale: Locale) => string;
  locale: Locale;
}

/** How far each language is, with a link to translate into it. */
export async function TranslationSummary({ counts, original, target, href, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "translations" });
  return (
    <table className="w-full max-w-2xl border-collapse text-sm">
      <caption className="mb-2 text-start font-semibold">{t("summaryCaption")}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1.5 pe-3 text-start">
            {t("summaryColumns.language")}
          </th>
          <th scope="col" className="py-1.5 pe-3 text-end">
            {t("summaryColumns.missing")}
          </th>
          <th scope="col" className="py-1.5 pe-3 text-end">
            {t("summaryColumns.draft")}
          </th>
          <th scope="col" className="py-1.5 text-end">
            {t("summaryColumns.final")}
          </th>
        </tr>
      </thead>
      <tbody>
        {LOCALES.map((l) => {
          const name = <span lang={l}>{LOCALE_NAMES[l]}</span>;
          const current = l === target;
          return (
            <tr key={l} className={`border-b border-slate-200 ${current ? "bg-sky-50" : ""}`}>
              <th scope="row" className="py-1.5 pe-3 text-start font-normal">
                {l === original ? (
                  <>
                    {name} <span className="text-slate-600">({t("originalMarker")})</span>
                  </>
                ) : (
                  <a
                    href={href(l)}
                    aria-current={current ? "true" : undefined}
                    aria-label={t("switchTo", { language: LOCALE_NAMES[l] })}
                    className={`text-un underline underline-offset-2 ${current ? "font-semibold" : ""}`}
                  >
                    {name}
                  </a>
                )}
                {current && <span className="ms-2 text-slate-600">({t("currentMarker")})</span>}
              </th>
              <td
                className={`py-1.5 pe-3 text-end tabular-nums ${counts[l].missing > 0 ? "font-semibold text-amber-900" : ""}`}
              >
                {counts[l].missing}
              </td>
              <td className="py-1.5 pe-3 text-end tabular-nums">{counts[l].draft}</td>
              <td className="py-1.5 text-end tabular-nums">{counts[l].final}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
