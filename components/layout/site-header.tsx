import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/types";
import type { Locale } from "@/lib/i18n/locales";
import { AccountMenu } from "./account-menu";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader({ locale, actor }: { locale: Locale; actor: Actor | null }) {
  const t = await getTranslations({ locale, namespace: "common" });
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
            <AccountMenu actor={actor} locale={locale} />
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
