import { getLocale } from "next-intl/server";
import { ForbiddenView } from "@/components/auth/forbidden-view";
import { getCurrentActor } from "@/lib/auth/current-user";
import { asLocale } from "@/lib/i18n/locales";

/** Shown when a loader refuses with forbidden(): the workspace to anyone but the secretariat. */
export default async function Forbidden() {
  const [locale, actor] = await Promise.all([getLocale(), getCurrentActor()]);
  return <ForbiddenView locale={asLocale(locale)} role={actor?.role ?? null} />;
}
