import { getTranslations } from "next-intl/server";
import { ROLES } from "@/lib/auth/types";
import type { Locale } from "@/lib/i18n/locales";
import { ForbiddenWayOn, type ForbiddenLabels } from "./forbidden-way-on";

/**
 * What a signed-in person whose role may not open a page is told instead. Next.js renders this boundary with
 * every page of the layout, cached public pages included, so it reads nothing about the request: who is
 * refused, and their way on, come from the browser's own request (components/layout/viewer-provider.tsx).
 */
export async function ForbiddenView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "auth" });
  const labels: ForbiddenLabels = {
    body: Object.fromEntries(
      ROLES.map((role) => [role, t("forbiddenBody", { role: t(`role.${role}`) })]),
    ) as ForbiddenLabels["body"],
    chairSessions: t("forbiddenChairSessions"),
    consoleOf: t("forbiddenConsoleOf"),
    chairList: t("forbiddenChairList"),
    sessionList: t("forbiddenSessionList"),
  };
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-bold">{t("forbiddenTitle")}</h1>
      <ForbiddenWayOn locale={locale} labels={labels} />
    </div>
  );
}
