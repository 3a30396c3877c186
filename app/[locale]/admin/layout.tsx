import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { HydrationGate } from "@/components/admin/hydration-gate";
import { getCurrentActor } from "@/lib/auth/current-user";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import { isLocale } from "@/lib/i18n/locales";

/**
 * Comfort, not security: anonymous visitors are sent to sign in and others are told the page is not theirs.
 * Every workspace page and action checks the role again itself.
 */
export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const { locale } = await params;
  if (!isLocale(locale)) redirect("/en/admin");
  const actor = await getCurrentActor();
  if (!actor) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/admin`)}`);
  if (actor.role !== "SECRETARIAT") {
    const t = await getTranslations({ locale, namespace: "auth" });
    return (
      <div className="max-w-prose">
        <h1 className="text-2xl font-bold">{t("forbiddenTitle")}</h1>
        <p className="mt-4 text-slate-700">{t("forbiddenBody", { role: t(`role.${actor.role}`) })}</p>
      </div>
    );
  }
  // Client components of the workspace get only the catalogues they use.
  const messages = pickClientMessages(await getMessages({ locale }));
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      <HydrationGate>{children}</HydrationGate>
    </NextIntlClientProvider>
  );
}
