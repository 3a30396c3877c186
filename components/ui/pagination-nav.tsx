import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { pageLinks, type PageInfo } from "@/lib/pagination/page";

interface Props {
  page: PageInfo;
  /** The address of page n (page 1 without a `?page=`). */
  href: (page: number) => string;
  /** Names the navigation for screen readers, e.g. "Pages of the session list". */
  label: string;
  locale: Locale;
}

const link = "rounded px-2 py-1 text-un underline-offset-2 hover:underline";

/** "51–100 of 1,000" and links to the other pages: nothing when everything fits on one page. */
export async function PaginationNav({ page, href, label, locale }: Props) {
  if (page.pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "common.pagination" });
  const from = (page.number - 1) * page.size + 1;
  const to = Math.min(page.total, page.number * page.size);
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="text-sm text-slate-700">{t("summary", { from, to, total: page.total })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        {page.number > 1 && (
          <li>
            <a href={href(page.number - 1)} rel="prev" className={link}>
              {t("previous")}
            </a>
          </li>
        )}
        {pageLinks(page).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={n}>
              <a
                href={href(n)}
                aria-current={n === page.number ? "page" : undefined}
                aria-label={t("page", { number: n })}
                className={n === page.number ? "rounded bg-un px-2 py-1 font-semibold text-white" : link}
              >
                {n.toLocaleString(locale)}
              </a>
            </li>
          ),
        )}
        {page.number < page.pages && (
          <li>
            <a href={href(page.number + 1)} rel="next" className={link}>
              {t("next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
