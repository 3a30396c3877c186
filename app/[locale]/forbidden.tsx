import { getLocale } from "next-intl/server";
import { ForbiddenView } from "@/components/auth/forbidden-view";
import { asLocale } from "@/lib/i18n/locales";

/** Shown when a loader refuses with forbidden(): the workspace to anyone but the secretariat, the consoles to delegates. */
export default async function Forbidden() {
  return <ForbiddenView locale={asLocale(await getLocale())} />;
}
