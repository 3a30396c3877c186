"use client";

import { usePathname } from "next/navigation";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/** Links to the same page in each official language (the only client code of public pages: it needs the path). */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  return (
    <nav aria-label={label} className="no-print">
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "page" : undefined}
              className={
                locale === current
                  ? "font-semibold text-white underline underline-offset-4"
                  : "text-sky-100 hover:text-white hover:underline"
              }
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
