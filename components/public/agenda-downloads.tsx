import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The agenda as the secretariat publishes it: its print view, PDF and Word file in the reader's language.
 * Plain links, the same for every reader, so the page stays cacheable.
 */
export async function AgendaDownloads({ slug, locale }: { slug: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "agendaDocument" });
  const base = `/${locale}/sessions/${encodeURIComponent(slug)}`;
  const links = [
    { href: `${base}/print`, label: t("printView"), type: "text/html" },
    { href: `${base}/agenda.pdf`, label: t("pdf"), type: "application/pdf" },
    {
      href: `${base}/agenda.docx`,
      label: t("docx"),
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    },
  ];
  return (
    <div
      className="no-print mt-4 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm"
      role="group"
      aria-labelledby="agenda-downloads"
    >
      <span id="agenda-downloads" className="font-medium text-slate-700">
        {t("download")}
      </span>
      <ul className="flex flex-wrap gap-x-3">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} type={link.type} className="text-un underline underline-offset-2 hover:text-un-dark">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
