"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState, type MouseEvent } from "react";
import { localeCookie } from "@/lib/i18n/locale-cookie";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * Links to the same page in each official language (client code: it needs the path). The reader keeps their
 * place: the links carry the current anchor (#item-2, set by the agenda's links) and query. The choice is
 * remembered in a cookie that "/" reads.
 */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  // Empty on the server and in the first render, so the markup matches; filled once the page is in a browser.
  const [hash, setHash] = useState("");
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);

  function choose(event: MouseEvent<HTMLAnchorElement>, locale: Locale) {
    rememberLocale(locale);
    // The browser follows the href as it is after this handler: an anchor set since the last render still counts,
    // and so does the query (the sign-in page's ?next=, which brings the reader back afterwards).
    const { search, hash } = window.location;
    if (search || hash) event.currentTarget.href = `/${locale}${rest}${search}${hash}`;
  }

  return (
    <nav aria-label={label} className="no-print">
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}${hash}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "page" : undefined}
              onClick={(event) => choose(event, locale)}
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

/** The root address (/) reads this cookie before Accept-Language: the reader's last choice wins. */
function rememberLocale(locale: Locale): void {
  document.cookie = localeCookie(locale, window.location.protocol === "https:");
}
