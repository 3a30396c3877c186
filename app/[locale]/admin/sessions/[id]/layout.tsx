import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SessionTabs } from "@/components/workspace/sessions/session-tabs";
import { isLocale } from "@/lib/i18n/locales";
import { loadEditableSession } from "@/lib/sessions/loaders";

/** Every tab of one session's workspace: the session is read once per request and its heading and tabs drawn once. */
export default async function SessionWorkspaceLayout({
  children,
  params,
}: LayoutProps<"/[locale]/admin/sessions/[id]">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const session = await loadEditableSession(locale, id);
  return (
    <div>
      <SessionTabs session={session} locale={locale} />
      {children}
    </div>
  );
}
