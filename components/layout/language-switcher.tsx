"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState, type MouseEvent } from "react";
import { localeCookie } from "@/lib/i18n/locale-cookie";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * Links to the same page in each official language (the only client code of public pages: it needs the path).
 * The reader keeps their place: the links carry the current anchor (#item-2), or, when there is none, the
 * closest element with an id that has been scrolled past. The choice is remembered in a cookie that "/" reads.
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
    document.cookie = localeCookie(locale, window.location.protocol === "https:");
    // The browser follows the href as it is after this handler, so the place read now is the one kept.
    const place = window.location.hash || scrolledPastAnchor();
    if (place) event.currentTarget.href = `/${locale}${rest}${place}`;
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

/** "#item-2" for the last element with an id whose top has scrolled above the window's top; "" at the top. */
function scrolledPastAnchor(): string {
  if (window.scrollY < 1) return "";
  let found = "";
  for (const element of document.querySelectorAll<HTMLElement>("main [id]")) {
    if (element.getBoundingClientRect().top > 1) break;
    found = element.id;
  }
  return found ? `#${encodeURIComponent(found)}` : "";
}
