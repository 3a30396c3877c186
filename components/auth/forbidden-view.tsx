import { getTranslations } from "next-intl/server";
import { consolePath } from "@/lib/auth/landing";
import type { Role } from "@/lib/auth/types";
import { pickText } from "@/lib/i18n/localized-text";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import type { ChairedSession } from "@/lib/sessions/chairs/types";

const linkClass = "text-un underline underline-offset-2";

/**
 * What a signed-in person whose role may not open a page is told instead, with the way to where they do work:
 * a chair to the consoles of their sessions, a delegate to the list of sessions.
 */
export async function ForbiddenView({
  locale,
  role,
  chaired,
}: {
  locale: Locale;
  role: Role | null;
  chaired: ChairedSession[];
}) {
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-bold">{t("forbiddenTitle")}</h1>
      {role && <p className="mt-4 text-slate-700">{t("forbiddenBody", { role: t(`role.${role}`) })}</p>}
      {role === "CHAIR" && chaired.length > 0 && (
        <nav aria-labelledby="forbidden-consoles" className="mt-6">
          <h2 id="forbidden-consoles" className="font-semibold">
            {t("forbiddenChairSessions")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {chaired.map((session) => {
              const title = pickText(session.title, locale, session.originalLanguage);
              return (
                <li key={session.id}>
                  <a href={consolePath(locale, session.slug)} className={linkClass}>
                    {t("forbiddenConsoleOf")}{" "}
                    {title ? (
                      <bdi lang={title.lang} dir={textDirection(title.lang)}>
                        {title.text}
                      </bdi>
                    ) : (
                      session.slug
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      {role === "CHAIR" && chaired.length === 0 && (
        <p className="mt-6">
          <a href={`/${locale}/console`} className={linkClass}>
            {t("forbiddenChairList")}
          </a>
        </p>
      )}
      {role === "DELEGATE" && (
        <p className="mt-6">
          <a href={`/${locale}`} className={linkClass}>
            {t("forbiddenSessionList")}
          </a>
        </p>
      )}
    </div>
  );
}
