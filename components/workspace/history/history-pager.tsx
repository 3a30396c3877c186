import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  page: number;
  hasOlder: boolean;
  href: (page: number) => string;
  locale: Locale;
}

export async function HistoryPager({ page, hasOlder, href, locale }: Props) {
  if (page === 1 && !hasOlder) return null;
  const t = await getTranslations({ locale, namespace: "history" });
  const link = "text-un underline underline-offset-2";
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-6">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev" className={link}>
          {t("newer")}
        </a>
      )}
      <span className="text-sm text-slate-600">{t("pageNumber", { page })}</span>
      {hasOlder && (
        <a href={href(page + 1)} rel="next" className={link}>
          {t("older")}
        </a>
      )}
    </nav>
  );
}
