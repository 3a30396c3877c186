import { getTranslations } from "next-intl/server";
import { signOutEverywhere, signOutHere } from "@/lib/auth/actions";
import type { Actor } from "@/lib/auth/types";
import type { Locale } from "@/lib/i18n/locales";
import { SignInLink } from "./sign-in-link";

export async function AccountMenu({ actor, locale }: { actor: Actor | null; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "auth" });
  if (!actor) {
    return (
      <SignInLink
        locale={locale}
        label={t("signIn")}
        className="text-sm text-sky-100 underline-offset-2 hover:text-white hover:underline"
      />
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-sky-100">{t("signedInAs", { name: actor.name, role: t(`role.${actor.role}`) })}</span>
      {actor.role === "SECRETARIAT" && (
        <a href={`/${locale}/admin`} className="font-medium text-white underline underline-offset-2">
          {t("workspace")}
        </a>
      )}
      {actor.role === "CHAIR" && (
        <a href={`/${locale}/console`} className="font-medium text-white underline underline-offset-2">
          {t("mySessions")}
        </a>
      )}
      <form action={signOutHere}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded border border-sky-200 px-2 py-0.5 text-white hover:bg-un-dark">
          {t("signOut")}
        </button>
      </form>
      <form action={signOutEverywhere}>
        <input type="hidden" name="locale" value={locale} />
        <button
          type="submit"
          className="rounded px-2 py-0.5 text-sky-100 underline underline-offset-2 hover:text-white"
        >
          {t("signOutEverywhere")}
        </button>
      </form>
    </div>
  );
}
