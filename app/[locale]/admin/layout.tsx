import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { HydrationGate } from "@/components/workspace/hydration-gate";
import { requireWorkspaceActor } from "@/lib/auth/loaders";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import { isLocale } from "@/lib/i18n/locales";

/**
 * Comfort, not security: anonymous visitors are sent to sign in and others are told the page is not theirs
 * (app/[locale]/forbidden.tsx). Every workspace page's loader and every action checks the role again itself.
 */
export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const { locale } = await params;
  if (!isLocale(locale)) redirect("/en/admin");
  await requireWorkspaceActor(locale);
  // Client components of the workspace get only the catalogues they use.
  const messages = pickClientMessages(await getMessages({ locale }));
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      <HydrationGate>{children}</HydrationGate>
    </NextIntlClientProvider>
  );
}
