import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/** Where delegations find documents, the day's meetings and the API, from the list of sessions. */
export async function OpenDataNav({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "openData" });
  const links = [
    { href: `/${locale}/documents`, label: t("searchDocuments") },
    { href: `/${locale}/journal`, label: t("journal") },
    { href: `/${locale}/api`, label: t("api") },
  ];
  return (
    <nav aria-label={t("openData")} className="no-print mt-4">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} className="font-medium text-un underline underline-offset-2 hover:text-un-dark">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
