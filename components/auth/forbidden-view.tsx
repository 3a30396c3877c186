import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/types";
import type { Locale } from "@/lib/i18n/locales";

/** What a signed-in person whose role may not open a page is told instead. */
export async function ForbiddenView({ locale, role }: { locale: Locale; role: Role | null }) {
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-bold">{t("forbiddenTitle")}</h1>
      {role && <p className="mt-4 text-slate-700">{t("forbiddenBody", { role: t(`role.${role}`) })}</p>}
    </div>
  );
}
