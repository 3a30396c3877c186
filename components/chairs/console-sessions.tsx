import { getTranslations } from "next-intl/server";
import { StatusBadge, sessionStatusTone } from "@/components/ui/status-badge";
import { consolePath } from "@/lib/auth/landing";
import type { Role } from "@/lib/auth/types";
import { formatDateRange } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized-text";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import type { ChairedSession } from "@/lib/sessions/chairs/types";

/** The sessions someone may conduct, each with its console and (once published) its public page. */
export async function ConsoleSessions({
  sessions,
  role,
  locale,
}: {
  sessions: ChairedSession[];
  role: Role;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "chairs" });
  const ts = await getTranslations({ locale, namespace: "session" });
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("list.title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {role === "SECRETARIAT" ? t("list.introSecretariat") : t("list.introChair")}
      </p>
      {sessions.length === 0 ? (
        <p className="mt-8 text-slate-700">{role === "SECRETARIAT" ? t("list.noneSecretariat") : t("list.none")}</p>
      ) : (
        <ul className="mt-8 divide-y divide-slate-200 border-y border-slate-200">
          {sessions.map((session) => {
            const title = pickText(session.title, locale, session.originalLanguage);
            return (
              <li key={session.id} className="flex flex-wrap items-start justify-between gap-3 py-4">
                <div className="min-w-0">
                  <h2 className="text-lg font-semibold">
                    {title ? (
                      <bdi lang={title.lang} dir={textDirection(title.lang)}>
                        {title.text}
                      </bdi>
                    ) : (
                      session.slug
                    )}
                  </h2>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                    <span>{formatDateRange(session.startDate, session.endDate, locale)}</span>
                    <StatusBadge label={ts(`status.${session.status}`)} tone={sessionStatusTone(session.status)} />
                  </p>
                </div>
                <p className="flex flex-wrap gap-3">
                  <a
                    href={consolePath(locale, session.slug)}
                    className="rounded bg-un px-3 py-1.5 font-medium text-white hover:bg-un-dark"
                  >
                    {t("list.console")}
                    <span className="sr-only"> — {title?.text ?? session.slug}</span>
                  </a>
                  {session.status !== "DRAFT" && (
                    <a
                      href={`/${locale}/sessions/${encodeURIComponent(session.slug)}`}
                      className="px-1 py-1.5 text-un underline underline-offset-2"
                    >
                      {t("list.publicPage")}
                      <span className="sr-only"> — {title?.text ?? session.slug}</span>
                    </a>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
