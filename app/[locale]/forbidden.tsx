import { getLocale } from "next-intl/server";
import { ForbiddenView } from "@/components/auth/forbidden-view";
import { getCurrentActor } from "@/lib/auth/current-user";
import { asLocale } from "@/lib/i18n/locales";
import { loadOwnChairedSessions } from "@/lib/sessions/chairs/loaders";

/** Shown when a loader refuses with forbidden(): the workspace to anyone but the secretariat, the consoles to delegates. */
export default async function Forbidden() {
  const [locale, actor, chaired] = await Promise.all([getLocale(), getCurrentActor(), loadOwnChairedSessions()]);
  return <ForbiddenView locale={asLocale(locale)} role={actor?.role ?? null} chaired={chaired} />;
}
