import { getTranslations } from "next-intl/server";
import { ROLES } from "@/lib/auth/types";
import type { Locale } from "@/lib/i18n/locales";
import { AccountMenu } from "./account-menu";
import { NAME_MARK, type AccountMenuLabels } from "./account-menu-labels";
import { LanguageSwitcher } from "./language-switcher";

/** The same for every reader: who is signed in is filled in by the browser (viewer-provider.tsx). */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const tAuth = await getTranslations({ locale, namespace: "auth" });
  const labels: AccountMenuLabels = {
    signIn: tAuth("signIn"),
    signedInAs: Object.fromEntries(
      ROLES.map((role) => [role, tAuth("signedInAs", { name: NAME_MARK, role: tAuth(`role.${role}`) })]),
    ) as AccountMenuLabels["signedInAs"],
    workspace: tAuth("workspace"),
    mySessions: tAuth("mySessions"),
    signOut: tAuth("signOut"),
    signOutEverywhere: tAuth("signOutEverywhere"),
  };
  return (
    <header className="bg-un text-white print:bg-white print:text-black">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div>
          <a href={`/${locale}`} className="text-xl font-bold tracking-tight hover:underline">
            {t("siteName")}
          </a>
          <p className="text-sm text-sky-100 print:hidden">{t("tagline")}</p>
        </div>
        <div className="flex flex-col items-end gap-2">
          <LanguageSwitcher current={locale} label={t("languageSwitcher")} />
          <div className="no-print">
            <AccountMenu locale={locale} labels={labels} />
          </div>
        </div>
      </div>
    </header>
  );
}

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <footer className="no-print mt-16 border-t border-slate-200">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-600">{t("footer")}</p>
    </footer>
  );
}
